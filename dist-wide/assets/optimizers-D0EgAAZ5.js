import{a as e,i as t,n,o as r,r as i,s as a,t as o}from"./dist-CQ9EY1p8.js"
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
;
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
const s=class{static sgd(e){return new i(e)}static momentum(e,t,r=!1){return new n(e,t,r)}static rmsprop(e,t=.9,n=0,r=null,i=!1){return new o(e,t,n,r,i)}static adam(t=.001,n=.9,r=.999,i=null){return new e(t,n,r,i)}static adadelta(e=.001,t=.95,n=null){return new a(e,t,n)}static adamax(e=.002,n=.9,r=.999,i=null,a=0){return new t(e,n,r,i,a)}static adagrad(e,t=.1){return new r(e,t)}};function c(e,t,n={}){let r=n.beta??.9;switch(e){case`sgd`:return s.sgd(t);case`momentum`:return s.momentum(t,r,!1);case`rmsprop`:return s.rmsprop(t,r,0,n.epsilon??1e-16,!1);case`adam`:return s.adam(t,n.beta1??.9,n.beta2??.999,n.epsilon??1e-8)}}function l(e,t){let n=e;typeof n.setLearningRate==`function`?n.setLearningRate(t):n.learningRate=t}function u(e){e.dispose();let t=e.c;t&&!t.isDisposed&&t.dispose()}export{c as n,l as r,u as t};