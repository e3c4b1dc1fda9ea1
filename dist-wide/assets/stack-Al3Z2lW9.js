import{B as e,H as t,Ir as n,K as r,Qn as i,V as a,ai as o,gn as s,q as c,rn as l,y as u}from"./dist-CQ9EY1p8.js";
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
function d(e,t){let n=a(e,`a`,`equal`,`string_or_numeric`),i=a(t,`b`,`equal`,`string_or_numeric`);[n,i]=c(n,i),u(n.shape,i.shape);let o={a:n,b:i};return r.runKernel(l,o)}const f=/* @__PURE__ */ e({equal_:d});
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
function p(e,t){let n=a(e,`a`,`greater`,`string_or_numeric`),i=a(t,`b`,`greater`,`string_or_numeric`);[n,i]=c(n,i),u(n.shape,i.shape);let o={a:n,b:i};return r.runKernel(s,o)}const m=/* @__PURE__ */ e({greater_:p});
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
function h(e,t,i=0){let o={x:a(e,`x`,`split`)},s={numOrSizeSplits:t,axis:i};return r.runKernel(n,o,s)}const g=/* @__PURE__ */ e({split_:h});
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
function _(e,n=0){let a=t(e,`tensors`,`stack`,`string_or_numeric`);o(a.length>=1,()=>`Pass at least one tensor to tf.stack`),a.length>0&&o(n<=a[0].rank,()=>`Axis must be <= rank of the tensor`);let s=a,c={axis:n};return r.runKernel(i,s,c)}const v=/* @__PURE__ */ e({stack_:_});export{f as i,g as n,m as r,v as t};