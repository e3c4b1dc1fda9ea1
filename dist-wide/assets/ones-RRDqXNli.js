import{B as e,Ci as t,Dr as n,K as r,V as i,ji as a,oi as o}from"./dist-CQ9EY1p8.js";import{n as s,t as c}from"./zeros-C-849_IV.js";
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
function l(e,t,a){let o=i(e,`x`,`slice`,`string_or_numeric`);if(o.rank===0)throw Error(`Slicing scalar is not possible`);let s={x:o},c={begin:t,size:a};return r.runKernel(n,s,c)}const u=/* @__PURE__ */ e({slice_:l});
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
function d(e,n=`float32`){if(o(e),n===`complex64`){let t=d(e,`float32`),n=c(e,`float32`);return s(t,n)}let i=t(a(e),n);return r.makeTensor(i,e,n)}export{u as n,d as t};