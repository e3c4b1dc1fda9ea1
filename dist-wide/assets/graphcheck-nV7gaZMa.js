import{B as e,K as t,R as n,S as r,V as i,ai as a,dt as o,f as s,g as c,ii as l,w as u}from"./dist-CQ9EY1p8.js";import"./register_all_gradients-DGix_dBX.js";
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function d(e){a(Array.isArray(e),()=>`The argument passed to tf.addN() must be a list of tensors`),a(e.length>=1,()=>`Must pass at least one tensor to tf.addN(), but got ${e.length}`);let n=e.map((e,t)=>i(e,`tensors${t}`,`addN`)),r=n[0];n.forEach(e=>{if(e.dtype!==r.dtype)throw Error(`All tensors passed to tf.addN() must have the same dtype`)}),n.forEach(e=>{if(!l(e.shape,r.shape))throw Error(`All tensors passed to tf.addN() must have the same shape`)});let s=n;return t.runKernel(o,s)}const f=/* @__PURE__ */ e({addN_:d}),p=[`w0`,`x0`,`w1`,`x1`,`w2`];function m(e){return n(()=>{let t=(e,t,n,i,a)=>r(f([u(e,t),u(n,i),a])),n=p.map(t=>c(e[t]));return{f:t(...n).dataSync()[0],grads:s(t)(n).map(e=>e.dataSync()[0])}})}var h=class{cost={flopsPerStep:20};config;steps=0;out;constructor(e){this.config={...e},this.out=m(this.config)}trainFor(){return this.step(1),1}step(e){this.out=m(this.config),this.steps+=e}snapshot(){return{snap:{step:this.steps,inputs:p.map(e=>this.config[e]),f:this.out.f,grads:[...this.out.grads],dtype:`float32`},transfer:[]}}set(e){this.config={...this.config,...e},this.out=m(this.config)}describe(){return{}}divergence(){return null}dispose(){}};const g={cost:()=>({flopsPerStep:20}),create:e=>new h(e)};export{g as graphCheckTask};