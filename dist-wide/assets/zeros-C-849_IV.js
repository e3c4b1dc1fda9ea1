import{B as e,K as t,Mt as n,Ti as r,V as i,ci as a,ji as o,oi as s}from"./dist-CQ9EY1p8.js";
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
function c(e,r){let o=i(e,`real`,`complex`),s=i(r,`imag`,`complex`);a(o.shape,s.shape,`real and imag shapes, ${o.shape} and ${s.shape}, must match in call to tf.complex().`);let c={real:o,imag:s};return t.runKernel(n,c)}const l=/* @__PURE__ */ e({complex_:c});
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
function u(e,n=`float32`){if(s(e),n===`complex64`){let t=u(e,`float32`),n=u(e,`float32`);return l(t,n)}let i=r(o(e),n);return t.makeTensor(i,e,n)}export{l as n,u as t};