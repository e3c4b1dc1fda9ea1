import{B as e,K as t,N as n,O as r,Or as i,R as a,S as o,U as s,V as c,Zn as l,c as u,g as d,h as f,m as p,si as m,u as h,w as g,z as _}from"./dist-CQ9EY1p8.js";import{t as v}from"./arg_max-Bno_T_-r.js";import{t as y}from"./sum-CXMHbyQ-.js";import{n as b,t as x}from"./ones-RRDqXNli.js";import{i as S,n as C,r as w,t as T}from"./stack-Al3Z2lW9.js";import{t as E}from"./leaky_relu-BvlL-knb.js";import{t as D}from"./mean-BcDa6gBH.js";import{t as O}from"./relu-Bd8nWC1j.js";import{d as k,p as A}from"./loop-D74swjrf.js";import{X as j,Y as M,et as N,nt as P,tt as F}from"./worker-LlJy-L72.js";import{a as I,i as L,r as R}from"./activations-B6VAueQ4.js";
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
function z(e,n=null,r=!1){let i={x:c(e,`x`,`all`,`bool`)},a={axis:n,keepDims:r};return t.runKernel(`All`,i,a)}const B=/* @__PURE__ */ e({all_:z});
/**
* @license
* Copyright 2018 Google LLC. All Rights Reserved.
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
function V(e){let n={x:c(e,`x`,`onesLike`)};return t.runKernel(l,n)}const H=/* @__PURE__ */ e({onesLike_:V});
/**
* @license
* Copyright 2018 Google LLC. All Rights Reserved.
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
function U(e,n=-1){let r=c(e,`logits`,`softmax`,`float32`);if(n===-1&&(n=r.rank-1),n!==r.rank-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${r.rank} and dim was ${n}`);let a={logits:r},o={dim:n};return t.runKernel(i,a,o)}const W=/* @__PURE__ */ e({softmax_:U});
/**
* @license
* Copyright 2018 Google LLC. All Rights Reserved.
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
function G(e,t,n){if(m(e),t!=null&&t.length!==3)throw Error(`tensor3d() requires shape to have three numbers`);let r=s(e,n);if(r.length!==3&&r.length!==1)throw Error(`tensor3d() requires values to be number[][][] or flat/TypedArray`);if(r.length===1&&t==null)throw Error("tensor3d() requires shape to be provided when `values` are a flat array");return _(e,t,r,n)}function K(e,t){switch(t){case`sigmoid`:return o(e);case`tanh`:return N(e);case`relu`:return O(e);case`leakyRelu`:return E(e,R);case`softplus`:return j(e);case`linear`:return e}}function q(e,t,n,r){switch(n){case`sigmoid`:return g(t,h(r,t));case`tanh`:return h(r,p(t));case`relu`:return u(t,0);case`leakyRelu`:return u(t,R);case`softplus`:return o(e);case`linear`:return H(t)}}const{options:J,names:Y}=I({glorot:`Glorot (Xavier)`,he:`He`,smallNormal:`Small normal (σ = 0.1)`,large:`Too large (4 × He)`});function X(e,t,n){switch(e){case`glorot`:return Math.sqrt(2/(t+n));case`he`:return Math.sqrt(2/t);case`smallNormal`:return .1;case`large`:return 4*Math.sqrt(2/t)}}function Z(e,t){let n=[];for(let r=0;r<e.length-1;r++){let[i,a]=[e[r],e[r+1]],o=new Float32Array(t.length*i*a);t.forEach((e,t)=>{let n=new k(e.seed*1009+r),s=X(e.init,i,a),c=t*i*a;for(let e=0;e<i*a;e++)o[c+e]=n.normal()*s}),n.push(o)}return{W:n}}var Q=class{sizes;runs;R;L;output;loss;Wb=[];groups;one;lr;frozen;onesCache=/* @__PURE__ */ new Map;constructor(e){if(e.sizes.length<2)throw Error(`An MLP needs at least an input and an output layer.`);if(e.runs.length<1)throw Error(`At least one run is needed.`);if(this.sizes=[...e.sizes],this.runs=e.runs.map(e=>({...e})),this.R=e.runs.length,this.L=e.sizes.length-1,this.output=e.output??`sigmoid`,this.loss=e.loss??`ce`,this.loss===`ce`&&this.output===`linear`)throw Error(`Cross-entropy needs sigmoid or softmax outputs.`);if(this.loss===`mse`&&this.output===`softmax`)throw Error(`Squared error with softmax outputs is not supported.`);this.groups=$(this.runs.map(e=>e.activation)),this.frozen=Array(this.L).fill(!1),this.one=n(d(1)),this.lr=this.makeLr();let t=Z(this.sizes,this.runs);for(let e=0;e<this.L;e++){let[n,r]=[this.sizes[e],this.sizes[e+1]],i=new Float32Array(this.R*(n+1)*r);for(let a=0;a<this.R;a++)i.set(t.W[e].subarray(a*n*r,(a+1)*n*r),a*(n+1)*r);let a=G(i,[this.R,n+1,r]);this.Wb.push(A(a,!0,void 0,`float32`)),a.dispose()}}get paramsPerRun(){let e=0;for(let t=0;t<this.L;t++)e+=(this.sizes[t]+1)*this.sizes[t+1];return e}setLearningRates(e){this.lr.dispose(),this.runs.forEach((t,n)=>t.lr=e[n]??t.lr),this.lr=this.makeLr()}setFrozen(e){this.frozen=Array.from({length:this.L},(t,n)=>e[n]??!1)}input(e,t){let n=this.sizes[0],r=new Float32Array(t*(n+1));for(let i=0;i<t;i++){for(let t=0;t<n;t++)r[i*(n+1)+t]=e[i*n+t];r[i*(n+1)+n]=1}return G(r,[1,t,n+1])}targets(e,t){let n=this.sizes[this.L],r=new Float32Array(this.R*t*n);for(let i=0;i<this.R;i++)r.set(e.subarray(0,t*n),i*t*n);return G(r,[this.R,t,n])}forward(e,t){let n=e.shape[1],r=[],i=[e],a=[],o=e;for(let e=0;e<this.L;e++){let s=F(i[e],this.Wb[e]);if(r.push(s),e<this.L-1){let r=this.activate(s);a.push(r);let o=t?.[e];i.push(P([o?g(r,o):r,this.ones(n)],2))}else o=this.outputActivate(s)}return{as:r,zAug:i,zs:a,out:o,masks:t}}lossOf(e,t){let n=e.as[this.L-1],r;return r=this.loss===`mse`?g(.5,y(p(h(e.out,t)),2)):this.output===`softmax`?h(M(n,2),y(g(t,n),2)):y(h(j(n),g(t,n)),2),D(r,1)}backward(e,t,n,r=0,i=1/n){let a=this.L,o=Array(a),s=Array(a),c=g(h(e.out,t),i);this.loss===`mse`&&this.output===`sigmoid`&&(c=g(c,g(e.out,h(this.one,e.out))));for(let t=a-1;t>=r;t--)if(s[t]=c,o[t]=F(e.zAug[t],c,!0,!1),t>r){let r=this.sizes[t],i=b(F(c,this.Wb[t],!1,!0),[0,0,0],[this.R,n,r]);c=g(i,this.derivative(e.as[t-1],e.zs[t-1]));let a=e.masks?.[t-1];a&&(c=g(c,a))}return{dWb:o,deltas:s}}trainStep(e,t,n){let r=this.frozen.findIndex(e=>!e);if(r<0)return;let i=this.lr.rank===0?this.runs[0].lr:null;a(()=>{let a=this.forward(this.input(e,n)),o=this.backward(a,this.targets(t,n),n,r,i===null?1/n:i/n);for(let e=r;e<this.L;e++){if(this.frozen[e])continue;let t=i===null?g(this.lr,o.dWb[e]):o.dWb[e];this.Wb[e].assign(h(this.Wb[e],t))}})}predict(e,t){return a(()=>this.forward(this.input(e,t)).out.dataSync())}evaluate(e,t,n){let{loss:r,correct:i}=this.perExample(e,t,n),a={loss:new Float32Array(this.R),accuracy:new Float32Array(this.R)};for(let e=0;e<this.R;e++){let t=0,o=0;for(let a=0;a<n;a++)t+=r[e*n+a],o+=i[e*n+a];a.loss[e]=t/n,a.accuracy[e]=o/n}return a}perExample(e,t,n){return a(()=>{let i=this.forward(this.input(e,n)),a=this.targets(t,n),o=i.as[this.L-1],s,c;return s=this.loss===`mse`?g(.5,y(p(h(i.out,a)),2)):this.output===`softmax`?h(M(o,2),y(g(a,o),2)):y(h(j(o),g(a,o)),2),c=this.output===`softmax`?S(v(i.out,2),v(a,2)):B(S(w(i.out,.5),w(a,.5)),2),{loss:s.dataSync(),correct:r(c,`float32`).dataSync()}})}hiddenPreactivations(e,t){return a(()=>this.forward(this.input(e,t)).as.slice(0,this.L-1).map(e=>e.dataSync()))}gradientNorms(e,t,n){return a(()=>{let r=this.forward(this.input(e,n)),i=this.backward(r,this.targets(t,n),n).dWb.map((e,t)=>f(y(p(b(e,[0,0,0],[this.R,this.sizes[t],this.sizes[t+1]])),[1,2])));return T(i,1).dataSync()})}layerWeights(e){let[t,n]=[this.sizes[e],this.sizes[e+1]],r=this.Wb[e].dataSync(),i=new Float32Array(this.R*t*n),a=new Float32Array(this.R*n);for(let e=0;e<this.R;e++){let o=e*(t+1)*n;i.set(r.subarray(o,o+t*n),e*t*n),a.set(r.subarray(o+t*n,o+(t+1)*n),e*n)}return{W:i,b:a}}setLayerWeights(e,t,n){let[r,i]=[this.sizes[e],this.sizes[e+1]],o=new Float32Array(this.R*(r+1)*i);for(let e=0;e<this.R;e++){let a=e*(r+1)*i;o.set(t.subarray(e*r*i,(e+1)*r*i),a),o.set(n.subarray(e*i,(e+1)*i),a+r*i)}a(()=>this.Wb[e].assign(G(o,this.Wb[e].shape)))}dispose(){for(let e of this.Wb)e.dispose();for(let e of this.onesCache.values())e.dispose();this.onesCache.clear(),this.one.dispose(),this.lr.dispose()}makeLr(){let e=this.runs.map(e=>e.lr);return n(e.every(t=>t===e[0])?d(e[0]):G(e,[this.R,1,1]))}ones(e){let t=this.onesCache.get(String(e));if(!t){if(this.onesCache.size>8){for(let e of this.onesCache.values())e.dispose();this.onesCache.clear()}t=n(x([this.R,e,1])),this.onesCache.set(String(e),t)}return t}activate(e){return this.perGroup(e,(e,t)=>K(e,t))}derivative(e,t){if(this.groups.length===1)return q(e,t,this.groups[0].act,this.one);let n=this.groups.map(e=>e.count),r=C(t,n,0),i=this.groups.some(e=>L(e.act))?C(e,n,0):null;return P(this.groups.map((e,t)=>q(i?.[t]??null,r[t],e.act,this.one)),0)}perGroup(e,t){if(this.groups.length===1)return t(e,this.groups[0].act);let n=C(e,this.groups.map(e=>e.count),0);return P(this.groups.map((e,r)=>t(n[r],e.act)),0)}outputActivate(e){switch(this.output){case`sigmoid`:return o(e);case`softmax`:return W(e);case`linear`:return e}}};function $(e){let t=[];for(let n of e){let e=t[t.length-1];e&&e.act===n?e.count++:t.push({act:n,count:1})}return t}export{G as i,Y as n,Z as r,Q as t};