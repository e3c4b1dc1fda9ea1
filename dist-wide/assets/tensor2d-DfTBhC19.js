import{U as e,si as t,z as n}from"./dist-CQ9EY1p8.js";
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
function r(r,i,a){if(t(r),i!=null&&i.length!==2)throw Error(`tensor2d() requires shape to have two numbers`);let o=e(r,a);if(o.length!==2&&o.length!==1)throw Error(`tensor2d() requires values to be number[][] or flat/TypedArray`);if(o.length===1&&i==null)throw Error("tensor2d() requires shape to be provided when `values` are a flat/TypedArray");return n(r,i,o,a)}export{r as t};