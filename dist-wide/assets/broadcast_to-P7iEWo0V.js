import{B as e,D as t,Jr as n,K as r,V as i,oi as a}from"./dist-CQ9EY1p8.js";import{u as o}from"./sum-CXMHbyQ-.js";
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
function s(e,s){let c=i(e,`broadcastTo`,`x`),l=c.shape;if(a(s),s.length<c.rank)throw Error(`broadcastTo(): shape.length=${s.length} < input.rank=${c.rank}.`);if(s.length>c.rank){let e=c.shape.slice();for(;e.length<s.length;)e.unshift(1);c=o(c,e)}let u=c.shape,d=Array.from(s);for(let e=s.length-1;e>=0;e--)if(u[e]===s[e])d[e]=1;else if(c.shape[e]!==1)throw Error(`broadcastTo(): [${l}] cannot be broadcast to [${s}].`);if(d.map((e,t)=>e>1?t:-1).filter(e=>e>=0).length===0)return t(c);let f={x:c},p={reps:d};return r.runKernel(n,f,p)}const c=/* @__PURE__ */ e({broadcastTo_:s});export{c as t};