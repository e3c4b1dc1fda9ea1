import{B as e,C as t,E as n,Fn as r,Hn as i,K as a,N as o,O as s,R as c,T as l,U as u,V as d,Xn as f,Yn as p,ai as m,ci as h,d as g,g as _,kn as ee,m as te,q as v,si as ne,u as y,v as re,w as b,y as x,z as ie,zr as ae}from"./dist-CQ9EY1p8.js";import{t as S}from"./arg_max-Bno_T_-r.js";import{a as oe,i as C,o as w,r as se,t as T}from"./register_all_gradients-DGix_dBX.js";import{a as ce,c as E,d as le,i as D,l as ue,o as de,p as fe}from"./loop-D74swjrf.js";import{i as pe,n as O,r as me,t as k}from"./mnist-BPvzgTLX.js";import{n as he,r as ge}from"./optimizers-D0EgAAZ5.js";import{i as _e}from"./stack-Al3Z2lW9.js";import{$ as ve,Q as A,Y as ye,Z as j,nt as M,tt as N}from"./worker-LlJy-L72.js";import{o as P,t as F,u as I}from"./sum-CXMHbyQ-.js";import{t as L}from"./tensor1d-YByTmHKi.js";import{t as R}from"./tensor2d-DfTBhC19.js";import{u as be,v as xe}from"./selu_util-1O_Fpre9.js";import{t as Se}from"./mean-BcDa6gBH.js";import{n as z,t as Ce}from"./ones-RRDqXNli.js";import{t as B}from"./relu-Bd8nWC1j.js";function we(e,t,n,r,i,a){let o=d(e,`x`,`conv2dTranspose`),s=d(t,`filter`,`conv2dTranspose`);return oe(n,o,s,r,i,`NHWC`,a)}const Te=/* @__PURE__ */ e({conv2dTranspose_:we});
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
function Ee(e){let t={x:d(e,`x`,`log1p`)};return a.runKernel(ee,t)}const De=/* @__PURE__ */ e({log1p_:Ee});
/**
* @license
* Copyright 2020 Google Inc. All Rights Reserved.
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
function Oe(e,t=-1){let n=d(e,`logits`,`logSoftmax`);if(t===-1&&(t=n.rank-1),t!==n.rank-1)throw Error(`Log Softmax along a non-last dimension is not yet supported. Logits was rank ${n.rank} and axis was ${t}`);return g((e,n)=>{let r=ve(e,t,!0),i=y(e,r),a=y(s(i,`float32`),j(F(A(i),t,!0)));return n([a]),{value:a,gradFunc:(e,n)=>{let[r]=n,i=A(r);return y(e,b(F(e,t,!0),i))}}})(n)}const ke=/* @__PURE__ */ e({logSoftmax_:Oe});
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
function Ae(e,t,n,i,o){let s=d(e,`x`,`maxPool`),c=s,l=!1;s.rank===3&&(l=!0,c=I(s,[1,s.shape[0],s.shape[1],s.shape[2]])),m(c.rank===4,()=>`Error in maxPool: input must be rank 4 but got rank ${c.rank}.`),m(xe(n,1),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${n} and dilations '1'`),be(`maxPool`,i,o);let u={x:c},f={filterSize:t,strides:n,pad:i,dimRoundingMode:o},p=a.runKernel(r,u,f);return l?I(p,[p.shape[1],p.shape[2],p.shape[3]]):p}const V=/* @__PURE__ */ e({maxPool_:Ae});
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
function je(e,t){let n=d(e,`a`,`minimum`),r=d(t,`b`,`minimum`);[n,r]=v(n,r),n.dtype===`bool`&&(n=s(n,`int32`),r=s(r,`int32`)),x(n.shape,r.shape);let o={a:n,b:r};return a.runKernel(i,o)}const Me=/* @__PURE__ */ e({minimum_:je});
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
function Ne(e,t){let n=d(e,`a`,`notEqual`,`string_or_numeric`),r=d(t,`b`,`notEqual`,`string_or_numeric`);[n,r]=v(n,r),x(n.shape,r.shape);let i={a:n,b:r};return a.runKernel(p,i)}const Pe=/* @__PURE__ */ e({notEqual_:Ne});
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
function Fe(e,t,n=1,r=0,i=`int32`){if(t<2)throw Error(`Error in oneHot: depth must be >=2, but it is ${t}`);let o={indices:d(e,`indices`,`oneHot`,`int32`)},s={dtype:i,depth:t,onValue:n,offValue:r};return a.runKernel(f,o,s)}const Ie=/* @__PURE__ */ e({oneHot_:Fe});
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
function Le(e,t){let n=d(e,`a`,`squaredDifference`),r=d(t,`b`,`squaredDifference`);[n,r]=v(n,r),x(n.shape,r.shape);let i={a:n,b:r};return a.runKernel(ae,i,{})}const Re=/* @__PURE__ */ e({squaredDifference_:Le});
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
function H(e,t,n){if(ne(e),t!=null&&t.length!==4)throw Error(`tensor4d() requires shape to have four numbers`);let r=u(e,n);if(r.length!==4&&r.length!==1)throw Error(`tensor4d() requires values to be number[][][][] or flat/TypedArray`);if(r.length===1&&t==null)throw Error("tensor4d() requires shape to be provided when `values` are a flat array");return ie(e,t,r,n)}
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
var U;(function(e){e[e.NONE=0]=`NONE`,e[e.MEAN=1]=`MEAN`,e[e.SUM=2]=`SUM`,e[e.SUM_BY_NONZERO_WEIGHTS=3]=`SUM_BY_NONZERO_WEIGHTS`})(U||={});function ze(e,t,n=U.SUM_BY_NONZERO_WEIGHTS){let r=d(e,`losses`,`computeWeightedLoss`),i=null;t!=null&&(i=d(t,`weights`,`computeWeightedLoss`));let a=i==null?r:b(r,i);if(n===U.NONE)return a;if(n===U.SUM)return F(a);if(n===U.MEAN){if(i==null)return Se(a);{let e=r.size/i.size,t=l(F(a),F(i));return e>1?l(t,_(e)):t}}if(n===U.SUM_BY_NONZERO_WEIGHTS){if(i==null)return l(F(a),_(r.size));{let e=b(i,Ce(r.shape)),t=s(F(Pe(e,_(0))),`float32`);return l(F(a),t)}}throw Error(`Unknown reduction: ${n}`)}const W=/* @__PURE__ */ e({computeWeightedLoss_:ze});
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
function Be(e,n,r,i=U.SUM_BY_NONZERO_WEIGHTS){let a=d(e,`labels`,`absoluteDifference`),o=d(n,`predictions`,`absoluteDifference`),s=null;r!=null&&(s=d(r,`weights`,`absoluteDifference`)),h(a.shape,o.shape,`Error in absoluteDifference: `);let c=t(y(a,o));return W(c,s,i)}const Ve=/* @__PURE__ */ e({absoluteDifference_:Be});function He(e,t,n,r,i=U.SUM_BY_NONZERO_WEIGHTS){let a=d(e,`labels`,`cosineDistance`),o=d(t,`predictions`,`cosineDistance`),s=null;r!=null&&(s=d(r,`weights`,`cosineDistance`)),h(a.shape,o.shape,`Error in cosineDistance: `);let c=_(1),l=y(c,F(b(a,o),n,!0));return W(l,s,i)}const Ue=/* @__PURE__ */ e({cosineDistance_:He});function We(e,t,n,r=U.SUM_BY_NONZERO_WEIGHTS){let i=d(e,`labels`,`hingeLoss`),a=d(t,`predictions`,`hingeLoss`),o=null;n!=null&&(o=d(n,`weights`,`hingeLoss`)),h(i.shape,a.shape,`Error in hingeLoss: `);let s=_(1);i=y(b(_(2),i),s);let c=B(y(s,b(i,a)));return W(c,o,r)}const Ge=/* @__PURE__ */ e({hingeLoss_:We});
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
function Ke(e,r,i,a=1,o=U.SUM_BY_NONZERO_WEIGHTS){let s=d(e,`labels`,`huberLoss`),c=d(r,`predictions`,`huberLoss`),l=null;i!=null&&(l=d(i,`weights`,`huberLoss`)),h(s.shape,c.shape,`Error in huberLoss: `);let u=_(a),f=t(y(c,s)),p=Me(f,u),m=y(f,p),g=n(b(_(.5),te(p)),b(u,m));return W(g,l,o)}const qe=/* @__PURE__ */ e({huberLoss_:Ke});
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
function Je(e,t,r,i=1e-7,a=U.SUM_BY_NONZERO_WEIGHTS){let o=d(e,`labels`,`logLoss`),s=d(t,`predictions`,`logLoss`),c=null;r!=null&&(c=d(r,`weights`,`logLoss`)),h(o.shape,s.shape,`Error in logLoss: `);let l=_(1),u=_(i),f=C(b(o,j(n(s,u)))),p=b(y(l,o),j(n(y(l,s),u))),m=y(f,p);return W(m,c,a)}const Ye=/* @__PURE__ */ e({logLoss_:Je});
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
function Xe(e,t,n,r=U.SUM_BY_NONZERO_WEIGHTS){let i=d(e,`labels`,`meanSquaredError`),a=d(t,`predictions`,`meanSquaredError`),o=null;n!=null&&(o=d(n,`weights`,`meanSquaredError`)),h(i.shape,a.shape,`Error in meanSquaredError: `);let s=Re(i,a);return W(s,o,r)}const Ze=/* @__PURE__ */ e({meanSquaredError_:Xe});
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
function Qe(e,r){let i=d(e,`labels`,`sigmoidCrossEntropyWithLogits`),a=d(r,`logits`,`sigmoidCrossEntropyWithLogits`);h(i.shape,a.shape,`Error in sigmoidCrossEntropyWithLogits: `);let o=B(a),s=b(a,i),c=De(A(C(t(a))));return n(y(o,s),c)}function $e(e,t,r,i=0,a=U.SUM_BY_NONZERO_WEIGHTS){let o=d(e,`multiClassLabels`,`sigmoidCrossEntropy`),s=d(t,`logits`,`sigmoidCrossEntropy`),c=null;if(r!=null&&(c=d(r,`weights`,`sigmoidCrossEntropy`)),h(o.shape,s.shape,`Error in sigmoidCrossEntropy: `),i>0){let e=_(i),t=_(1),r=_(.5);o=n(b(o,y(t,e)),b(r,e))}let l=Qe(o,s);return W(l,c,a)}const et=/* @__PURE__ */ e({sigmoidCrossEntropy_:$e});
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
function tt(e,t,n=-1){if(n===-1&&(n=t.rank-1),n!==t.rank-1)throw Error(`Softmax cross entropy along a non-last dimension is not yet supported. Labels / logits was rank ${t.rank} and dim was ${n}`);return g((e,t,r)=>{let i=ye(t,[n],!0),a=y(s(t,`float32`),i);r([e,a]);let o=C(b(a,e));return{value:F(o,[n]),gradFunc:(e,t)=>{let[r,i]=t,a=P(e.shape,[n]);return[b(I(e,a),y(s(r,`float32`),A(i))),b(I(e,a),y(A(i),s(r,`float32`)))]}}})(e,t)}function nt(e,t,r,i=0,a=U.SUM_BY_NONZERO_WEIGHTS){let o=d(e,`onehotLabels`,`softmaxCrossEntropy`),s=d(t,`logits`,`softmaxCrossEntropy`),c=null;if(r!=null&&(c=d(r,`weights`,`softmaxCrossEntropy`)),h(o.shape,s.shape,`Error in softmaxCrossEntropy: `),i>0){let e=_(i),t=_(1),r=_(o.shape[1]);o=n(b(o,y(t,e)),l(e,r))}let u=tt(o,s);return W(u,c,a)}
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
const G={absoluteDifference:Ve,computeWeightedLoss:W,cosineDistance:Ue,hingeLoss:Ge,huberLoss:qe,logLoss:Ye,meanSquaredError:Ze,sigmoidCrossEntropy:et,softmaxCrossEntropy:/* @__PURE__ */ e({softmaxCrossEntropy_:nt})};function K(e){let t=e.kernel,n=28-t+1,r=Math.floor(n/2),i=r-t+1,a=Math.floor(i/2);if(i<1||a<1)throw RangeError(`A ${t}×${t} kernel is too large for two conv + pool stages on 28×28 digits.`);let o=a*a*e.filters2,s=[[t,t,1,e.filters1],[e.filters1],[t,t,e.filters1,e.filters2],[e.filters2],[o,10],[10]];return{conv1:n,pool1:r,conv2:i,pool2:a,flat:o,params:s,paramCount:s.reduce((e,t)=>e+t.reduce((e,t)=>e*t,1),0),forwardMacs:n*n*t*t*e.filters1+i*i*t*t*e.filters1*e.filters2+o*10}}function q(e){return Math.max(1,Math.round((e-10)/795))}function J(e){return[[784,e],[e],[e,10],[10]]}function Y(e){return e.reduce((e,t)=>e+t.reduce((e,t)=>e*t,1),0)}function X(e,t){let n=new le(t);return e.map(e=>{let t=e.reduce((e,t)=>e*t,1),r=new Float32Array(t);if(e.length===1)return r;let i=e.slice(0,-1).reduce((e,t)=>e*t,1),a=Math.sqrt(2/i);for(let e=0;e<t;e++)r[e]=a*n.normal();return r})}function Z(e,t,n,r){if(r===`valid`)return{out:Math.floor((e-t)/n)+1,before:0,after:0};if(r===`same`){let r=Math.ceil(e/n),i=Math.max((r-1)*n+t-e,0),a=Math.floor(i/2);return{out:r,before:a,after:i-a}}return{out:Math.floor((e+2*r-t)/n)+1,before:r,after:r}}function rt(e,t,n,r,i){return c(()=>{let[,a,o]=e.shape,s=Z(a,n,r,i),c=Z(o,n,r,i),l=e;(s.before||s.after||c.before||c.after)&&(l=se(e,[[0,0],[s.before,s.after],[c.before,c.after],[0,0]]));let u=T(l,[3,1,2,0]),d=T(t,[1,2,0,3]),f=w(u,d,1,`valid`,`NHWC`,r);return(f.shape[1]!==n||f.shape[2]!==n)&&(f=z(f,[0,0,0,0],[-1,n,n,-1])),T(f,[1,2,0,3])})}function Q(e,t,n={}){let r=n.stride??1,i=n.pad??`valid`,a=n.inputGrad??!0,o=t.shape[0];if(t.shape[1]!==o)throw RangeError(`conv2dTrainable: only square kernels.`);return g((...e)=>{let[t,n,s]=e;return s([t,n]),{value:w(t,n,r,i),gradFunc:(e,t)=>{let[n,s]=t,c=rt(n,e,o,r,i);return[a?Te(e,s,n.shape,r,i):re(n),c]}}})(e,t)}function it(e,t=`flat`){let{size:n,rows:r,cols:i}=e;return{xs:t===`image`?H(e.x,[n,r,i,1],`float32`):R(e.x,[n,r*i],`float32`),ys:R(e.yOneHot,[n,10],`float32`)}}const at=k.trainCount,ot=k.testCount,st=[`Conv2D`,`Conv2DBackpropInput`,`MaxPool`,`MaxPoolGrad`];function ct(e,t){let n=ke(e),r=C(F(b(n,Ie(t,10)),1)),i=s(S(e,1),`float32`);return M([r,i])}var lt=class{config;cost;info;theta;opt;layout;forwards;batcher;train;testX;testLabels;testLabelsT;testLossPer;testPred;testCursor=0;testScored=0;testPasses=0;steps=0;examples=0;emaLoss=[NaN,NaN];emaAcc=[NaN,NaN];trainMs=0;testMs=0;stepsMeter=new D(500);examplesMeter=new D(500);diverged=null;startLoss=[NaN,NaN];lr;constructor(e){this.config=e;let{arch:t,seed:r}=e,i=K(t),a=q(i.paramCount),o=pe(e.data,{trainCount:at,testCount:ot});this.train=o.train,this.info={arch:t,cnnParams:i.paramCount,denseHidden:a,denseParams:Y(J(a)),trainCount:o.train.count,testCount:o.test.count,testIndices:o.testIndices},this.batcher=new O(this.train,{batchSize:e.batch,seed:r});let s=me(o.test);this.testX=H(s.x,[s.size,28,28,1]),this.testLabels=s.labels,this.testLabelsT=L(Int32Array.from(s.labels),`int32`),this.testLossPer=[new Float32Array(s.size).fill(NaN),new Float32Array(s.size).fill(NaN)],this.testPred=[new Int8Array(s.size).fill(-1),new Int8Array(s.size).fill(-1)];let c=J(a),l=[...X(i.params,r),...X(c,r)],u=[...i.params,...c],d=0;this.layout=u.map((e,t)=>{let n={offset:d,shape:e,size:l[t].length};return d+=l[t].length,n});let f=new Float32Array(d);l.forEach((e,t)=>f.set(e,this.layout[t].offset)),this.theta=fe(L(f),!0,`cnnTheta`),this.lr=e.lr,this.opt=he(`adam`,e.lr,{epsilon:1e-7});let p=e=>I(z(this.theta,this.layout[e].offset,this.layout[e].size),this.layout[e].shape),m=i.flat;this.forwards=[e=>{let[t,r,i,a,o,s]=[0,1,2,3,4,5].map(p),c=B(n(Q(e,t,{inputGrad:!1}),r));return c=V(c,2,2,`valid`),c=B(n(Q(c,i),a)),c=V(c,2,2,`valid`),n(N(I(c,[-1,m]),o),s)},e=>{let[t,r,i,a]=[6,7,8,9].map(p),o=B(n(N(I(e,[-1,784]),t),r));return n(N(o,i),a)}],this.cost=$(e)}trainFor(e){return ue(e,()=>{this.oneStep(),this.testMs<.2*this.trainMs&&this.scoreTestChunk()},()=>this.diverged!==null)}step(e){for(let t=0;t<e;t++)this.oneStep();this.scoreTestChunk()}set(e){if(typeof e.lr==`number`&&e.lr>0&&(this.lr=e.lr,ge(this.opt,e.lr)),typeof e.batch==`number`&&e.batch>=1&&Math.round(e.batch)!==this.batcher.batchSize){let t=this.batcher.epoch;this.batcher=new O(this.train,{batchSize:Math.round(e.batch),seed:this.config.seed}),this.batcher.seekEpoch(t)}}divergence(){return this.diverged}snapshot(e){let t=E();this.stepsMeter.update(this.steps,t),this.examplesMeter.update(this.examples,t);let n=/* @__PURE__ */ new Float32Array(2),r=/* @__PURE__ */ new Float32Array(2);for(let e=0;e<2;e++){let t=0,i=0,a=0,o=this.testLossPer[e],s=this.testPred[e];for(let e=0;e<o.length;e++)s[e]<0||(a++,t+=o[e],s[e]===this.testLabels[e]&&i++);n[e]=a?t/a:NaN,r[e]=a?i/a:NaN}let i={step:this.steps,epoch:this.examples/this.train.count,examples:this.examples,stepsPerSec:this.stepsMeter.rate,examplesPerSec:this.examplesMeter.rate,trainLoss:Float32Array.from(this.emaLoss),trainAcc:Float32Array.from(this.emaAcc),testLoss:n,testAcc:r,testScored:this.testScored,testPasses:this.testPasses},a=[i.trainLoss.buffer,i.trainAcc.buffer,n.buffer,r.buffer];if(e){let e=/* @__PURE__ */ new Float32Array(100),t=this.testPred[0];for(let n=0;n<t.length;n++)t[n]>=0&&e[this.testLabels[n]*10+t[n]]++;i.confusion=e;let n=this.theta.dataSync(),r=e=>n.slice(this.layout[e].offset,this.layout[e].offset+this.layout[e].size);i.cnnWeights=[0,1,2,3,4,5].map(r),i.denseWeights=[6,7,8,9].map(r),a.push(e.buffer,...i.cnnWeights.map(e=>e.buffer),...i.denseWeights.map(e=>e.buffer))}return{snap:i,transfer:a}}describe(){return this.info}dispose(){this.opt.dispose(),this.theta.dispose(),this.testX.dispose(),this.testLabelsT.dispose()}oneStep(){let e=E(),t=this.batcher.next(),r=c(()=>{let{xs:e,ys:r}=it(t,`image`),i=L(Int32Array.from(t.labels),`int32`),a=[];this.opt.minimize(()=>{let t=null;for(let c of this.forwards){let l=c(e),u=G.softmaxCrossEntropy(r,l);a.push(o(I(u,[1])),o(I(F(s(_e(S(l,1),i),`float32`)),[1]))),t=t?n(t,u):u}return t},!1,[this.theta]);let c=M(a);for(let e of a)e.dispose();return c}),i=r.dataSync();r.dispose(),this.steps++,this.examples+=t.size;let a=Math.min(1,t.size/500);for(let e=0;e<2;e++){let n=i[2*e],r=i[2*e+1]/t.size;this.emaLoss[e]=Number.isNaN(this.emaLoss[e])?n:this.emaLoss[e]+a*(n-this.emaLoss[e]),this.emaAcc[e]=Number.isNaN(this.emaAcc[e])?r:this.emaAcc[e]+a*(r-this.emaAcc[e]),this.steps===1&&(this.startLoss[e]=n),de(n,this.startLoss[e])&&!this.diverged&&(this.diverged=ce(`The ${e===0?`convolutional`:`dense`} network`,this.steps,n,`The learning rate ${this.lr} makes Adam's steps too large.`))}this.trainMs+=E()-e}scoreTestChunk(){let e=E(),t=this.testLabels.length,n=this.testCursor,r=Math.min(200,t-n),i=c(()=>{let e=z(this.testX,[n,0,0,0],[r,28,28,1]),t=z(this.testLabelsT,[n],[r]);return M(this.forwards.map(n=>ct(n(e),t)))}),a=i.dataSync();i.dispose();for(let e=0;e<2;e++){let t=2*r*e;for(let i=0;i<r;i++)this.testPred[e][n+i]<0&&e===0&&this.testScored++,this.testLossPer[e][n+i]=a[t+i],this.testPred[e][n+i]=a[t+r+i]}this.testCursor=n+r,this.testCursor>=t&&(this.testCursor=0,this.testPasses++),this.testMs+=E()-e}};function $(e){let t=K(e.arch),n=Y(J(q(t.paramCount)));return{flopsPerStep:3*e.batch*(t.forwardMacs+n),kernels:st}}const ut={cost:e=>$(e),create:e=>new lt(e)};export{ut as cnnTask};