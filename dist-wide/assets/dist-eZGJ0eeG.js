import{r as e,t}from"./rolldown-runtime-XKyaHtl9.js";import{$n as n,$r as r,$t as i,A as a,Ar as o,At as s,Bn as c,Bt as l,Cn as u,Cr as d,Ct as f,Dn as p,Dr as m,Dt as h,En as g,Er as _,Et as v,Fn as y,Fr as b,Ft as x,Gn as S,Gr as C,Gt as w,Hn as T,Hr as E,Ht as D,I as O,In as k,Ir as A,Jn as j,Jr as ee,Kn as M,Kr as te,Kt as N,Li as P,Ln as ne,Lr as re,Lt as ie,Mn as ae,Mr as oe,Nn as se,Nr as F,Oi as I,On as ce,Or as le,Pn as ue,Pr as de,Pt as L,Qn as fe,Qr as pe,Qt as me,Ri as R,Rn as he,Rr as ge,Rt as _e,Sn as ve,Sr as ye,St as be,Tn as xe,Tr as Se,Tt as z,U as Ce,Un as we,Ur as Te,Ut as Ee,Vn as De,Vr as Oe,Vt as ke,Wn as Ae,Wr as B,Wt as je,Xn as Me,Xr as Ne,Xt as Pe,Yn as Fe,Yr as Ie,Zn as Le,Zr as Re,Zt as ze,_i as Be,_n as Ve,_r as He,_t as Ue,ai as V,an as H,ar as We,br as Ge,bt as Ke,ci as qe,cn as Je,cr as Ye,di as U,dn as Xe,dr as Ze,dt as Qe,er as $e,et,fn as tt,fr as nt,ft as rt,gn as it,gr as at,gt as ot,hn as st,hr as ct,ht as lt,in as ut,j as dt,ji as W,jn as ft,jr as pt,jt as mt,kn as ht,kr as gt,kt as _t,li as vt,ln as yt,lr as bt,lt as xt,mn as St,mr as Ct,mt as wt,ni as Tt,nn as Et,nt as Dt,on as Ot,ot as kt,pn as At,pr as jt,pt as Mt,qn as Nt,qr as Pt,qt as Ft,ri as It,rn as Lt,sn as Rt,sr as zt,ti as Bt,tr as Vt,ur as Ht,ut as Ut,vi as Wt,vr as Gt,vt as Kt,wn as qt,wr as Jt,wt as Yt,xn as Xt,xr as Zt,xt as Qt,y as $t,yn as en,yr as tn,yt as nn,z as rn,zn as an,zr as on,zt as sn}from"./dist-CQ9EY1p8.js";import{$ as cn,C as ln,D as un,E as dn,O as fn,Q as pn,S as mn,T as hn,X as gn,Y as _n,Z as vn,_ as yn,b as bn,c as xn,ct as Sn,et as Cn,f as wn,i as Tn,k as En,l as Dn,lt as On,m as kn,n as An,r as jn,s as Mn,st as Nn,t as Pn,ut as Fn,v as In,w as Ln,x as Rn,y as zn}from"./Unique_impl-BQJmQr57.js";import{_ as Bn,a as Vn,c as Hn,d as Un,f as Wn,g as Gn,h as Kn,i as qn,m as Jn,o as Yn,s as Xn,v as Zn}from"./selu_util-1O_Fpre9.js";import{a as G,c as Qn,l as $n,n as K,o as q,s as er}from"./sum-CXMHbyQ-.js";
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
function tr(e,t,n){let r=Ce(e,n);return rn(e,t,r,n)}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
var J;(function(e){e[e.float32=0]=`float32`,e[e.int32=1]=`int32`,e[e.bool=2]=`bool`,e[e.string=3]=`string`,e[e.complex64=4]=`complex64`})(J||={});var nr;(function(e){e[e.linear=0]=`linear`,e[e.relu=1]=`relu`,e[e.relu6=2]=`relu6`,e[e.prelu=3]=`prelu`,e[e.leakyrelu=4]=`leakyrelu`,e[e.sigmoid=5]=`sigmoid`,e[e.elu=6]=`elu`})(nr||={});
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let rr;function ir(e){rr=e.wasm.cwrap(Tt,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ar(e){let{inputs:t,backend:n,attrs:r}=e,{a:i,b:a,bias:o,preluActivationWeights:s}=t;if(i.dtype!==`float32`||a.dtype!==`float32`)throw Error(`_FusedMatMul for non non-float32 tensors not yet supported.`);let{transposeA:c,transposeB:l,activation:u,leakyreluAlpha:d}=r,f=n.dataIdMap.get(i.dataId).id,p=n.dataIdMap.get(a.dataId).id,m=0;if(o!=null){let e=n.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`_FusedMatMul only supports rank-1 bias but got rank ${e.shape.length}.`);m=e.id}let h=s==null?0:n.dataIdMap.get(s.dataId).id,g=nr[u];if(g==null)throw Error(`${u} activation not yet supported for FusedConv2D in the wasm backend.`);let _=c?i.shape[2]:i.shape[1],v=l?a.shape[1]:a.shape[2],y=$t(i.shape.slice(0,-2),a.shape.slice(0,-2)),b=n.makeOutput([...y,_,v],i.dtype),x=n.dataIdMap.get(b.dataId).id,S=new Uint8Array(new Int32Array(i.shape).buffer),C=new Uint8Array(new Int32Array(a.shape).buffer);return rr(f,S,i.shape.length,p,C,a.shape.length,c,l,g,m,h,d||0,x),b}const or={kernelName:Tt,backendName:`wasm`,setupFunc:ir,kernelFunc:ar};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Y(e,t){let n;function r(t){n=t.wasm.cwrap(e,null,[`number`,`number`,`number`])}function i(e){let{backend:r,inputs:{x:i}}=e,a=r.dataIdMap.get(i.dataId).id,o=r.makeOutput(i.shape,t||i.dtype),s=r.dataIdMap.get(o.dataId).id;return W(o.shape)===0||n(a,J[i.dtype],s),o}return{kernelName:e,backendName:`wasm`,setupFunc:r,kernelFunc:i}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
const sr=Y(`Abs`),cr=Y(xt),lr=Y(Ut)
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
function X(e,t,n){let r;function i(t){r=t.wasm.cwrap(e,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`])}function a(e){let{backend:t,inputs:i}=e,{a,b:o}=i,s=t.dataIdMap.get(a.dataId).id,c=t.dataIdMap.get(o.dataId).id,l=n??a.dtype,u=$t(a.shape,o.shape),d=t.makeOutput(u,l);if(W(u)===0)return d;let f=new Uint8Array(new Int32Array(a.shape).buffer),p=new Uint8Array(new Int32Array(o.shape).buffer),m=t.dataIdMap.get(d.dataId).id;return r(s,f,a.shape.length,c,p,o.shape.length,J[a.dtype],m),d}return{kernelName:e,backendName:`wasm`,setupFunc:i,kernelFunc:a}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
const ur=X(`Add`,!0);
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let dr;function fr(e){dr=e.wasm.cwrap(Qe,null,[`array`,`number`,`number`,`number`])}function pr(e){let{inputs:t,backend:n}=e,r=n.makeOutput(t[0].shape,t[0].dtype);if(W(r.shape)===0)return r;let i=t.map(e=>n.dataIdMap.get(e.dataId).id),a=new Uint8Array(new Int32Array(i).buffer),o=n.dataIdMap.get(r.dataId).id;return dr(a,i.length,J[r.dtype],o),r}const mr={kernelName:Qe,backendName:`wasm`,setupFunc:fr,kernelFunc:pr};
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
function hr(e){let{inputs:{x:t},backend:n}=e;if(t.dtype===`string`)return tr(n.readSync(t.dataId),t.shape,t.dtype);let r=n.makeOutput(t.shape,t.dtype),i=n.typedArrayFromHeap(t);return n.typedArrayFromHeap(r).set(i),r}const gr={kernelName:en,backendName:`wasm`,kernelFunc:hr};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let _r;function vr(e){_r=e.wasm.cwrap(Re,null,[`number`,`array`,`number`,`number`,`number`,`array`,`number`])}function Z(e){let{inputs:t,backend:n,attrs:r}=e,[i,a]=br(t.x.shape,r.perm),o=!0;for(let e=0;e<a.length;e++)a[e]!==e&&(o=!1);let s=yr(t.x.shape,r.perm),c={dataId:t.x.dataId,shape:i,dtype:t.x.dtype};if(o){let e=hr({inputs:t,backend:n});return e.shape=s,e}let l=n.makeOutput(s,c.dtype),u=n.dataIdMap.get(c.dataId).id,d=n.dataIdMap.get(l.dataId).id,f=new Uint8Array(new Int32Array(a).buffer),p=new Uint8Array(new Int32Array(c.shape).buffer);return _r(u,p,c.shape.length,J[c.dtype],d,f,a.length),l}function yr(e,t){let n=Array(e.length);for(let r=0;r<n.length;r++)n[r]=e[t[r]];return n}function br(e,t){let n=[],r=[];for(let i=0;i<e.length;++i)e[i]!==1&&n.push(e[i]),e[t[i]]!==1&&r.push(t[i]);for(let e=0;e<r.length;++e){let t=-1;for(let n=0;n<r.length;++n)r[n]>=e&&(t===-1||r[t]>r[n])&&(t=n);r[t]=e}return[n,r]}const xr={kernelName:Re,backendName:`wasm`,kernelFunc:Z,setupFunc:vr};
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
function Sr(e,t,n){let r=e.shape,i=e.shape.length,a=I(t,r),o=a,s=er(o,i),c=null,l=!1;if(s!=null){let t=Array(i);for(let e=0;e<t.length;e++)t[e]=r[s[e]];o=Qn(o.length,i),c=Z({inputs:{x:e},attrs:{perm:s},backend:n});let a=n.dataIdMap.get(e.dataId).id;n.dataIdMap.get(c.dataId).id!==a&&(l=!0)}return{transposed:c,originalAxes:a,axes:o,inputWasTransposed:l}}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Cr;function wr(e){Cr=e.wasm.cwrap(`All`,null,[`number, number, number`])}function Tr(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=Sr(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;K(`all`,u,p);let[m,h]=G(c.shape,u),g=W(h),_=t.makeOutput(m,o.dtype);if(W(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;Cr(s,g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=q(_.shape,d)),_}const Er={kernelName:`All`,backendName:`wasm`,setupFunc:wr,kernelFunc:Tr};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Dr;function Or(e){Dr=e.wasm.cwrap(`Any`,null,[`number, number, number`])}function kr(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=Sr(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;K(`any`,u,p);let[m,h]=G(c.shape,u),g=W(h),_=t.makeOutput(m,o.dtype);if(W(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;Dr(s,g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=q(_.shape,d)),_}const Ar={kernelName:`Any`,backendName:`wasm`,setupFunc:Or,kernelFunc:kr};
/**
* @license
* Copyright 2023 Google LLC.
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
function jr(e){let t;function n(n){t=n.wasm.cwrap(e,null,[`number`,`number`,`number`,`number`,`number`])}function r(e){let{backend:n,inputs:r,attrs:i}=e,{axis:a}=i,{x:o}=r,s=n.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,inputWasTransposed:f}=Sr(o,a,n);if(f){let e=n.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e)}let p=l.shape.slice(0,-1),m=n.makeOutput(p,`int32`),h=n.dataIdMap.get(m.dataId).id,g=W(m.shape),_=l.shape[d[0]];return t(c,J[l.dtype],g,_,h),f&&n.disposeData(u.dataId),m}return{kernelName:e,backendName:`wasm`,setupFunc:n,kernelFunc:r}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
const Mr=jr(rt),Nr=jr(Mt),Pr=Y(wt),Fr=Y(lt),Ir=Y(ot),Lr=X(Ue,!1),Rr=Y(Kt)
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
let zr;function Br(e){zr=e.wasm.cwrap(nn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Vr(e){let{inputs:t,attrs:n,backend:r}=e,i=t.x,a=r.dataIdMap.get(i.dataId).id,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=n,u=Kn(i.shape,o,s,1,c,l),d=u.filterHeight,f=u.filterWidth,p=u.padInfo.top,m=u.padInfo.right,h=u.padInfo.bottom,g=u.padInfo.left,_=u.strideHeight,v=u.strideWidth,y=u.inChannels;if(u.dataFormat!==`channelsLast`)throw Error(`wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`);if(u.dilationWidth!==1||u.dilationHeight!==1)throw Error(`was backend only supports average pooling with dilation = [1, 1], got [${u.dilationHeight}, ${u.dilationWidth}].`);let b=r.makeOutput(u.outShape,`float32`),x=r.dataIdMap.get(b.dataId).id;return zr(a,i.shape[0],i.shape[1],i.shape[2],d,f,p,m,h,g,_,v,y,x),b}const Hr={kernelName:nn,backendName:`wasm`,setupFunc:Br,kernelFunc:Vr};
/**
* @license
* Copyright 2023 Google LLC.
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
let Ur;function Wr(e){Ur=e.wasm.cwrap(`AvgPool3D`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Gr(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,dimRoundingMode:c,dataFormat:l}=r,u=Gn(i.shape,a,o,1,s,c,l),d=n.makeOutput(u.outShape,i.dtype);return Ur(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const Kr={kernelName:Ke,backendName:`wasm`,setupFunc:Wr,kernelFunc:Gr};
/**
* @license
* Copyright 2023 Google LLC.
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
let qr;function Jr(e){qr=e.wasm.cwrap(`AvgPool3DGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Yr(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=Gn(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return qr(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left,u.filterDepth,u.filterHeight,u.filterWidth),d}const Xr={kernelName:Qt,backendName:`wasm`,setupFunc:Jr,kernelFunc:Yr};
/**
* @license
* Copyright 2023 Google LLC.
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
let Zr;function Qr(e){Zr=e.wasm.cwrap(`AvgPoolGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function $r(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c}=r,l=Kn(a.shape,o,s,1,c),u=n.makeOutput(a.shape,a.dtype);return Zr(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.top,l.padInfo.left,l.filterHeight,l.filterWidth),u}const ei={kernelName:be,backendName:`wasm`,setupFunc:Qr,kernelFunc:$r};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Q(e){let{inputs:t,attrs:n}=e,{x:r}=t,{shape:i}=n,a=W(r.shape),o=Wt(i,a);return V(a===W(o),()=>`new shape: ${o}, old shape: ${r.shape}. New shape and old shape must have the same number of elements.`),e.backend.incRef(r.dataId),{dataId:r.dataId,shape:o,dtype:r.dtype}}const ti={kernelName:Ze,backendName:`wasm`,kernelFunc:Q};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let ni;function ri(e){ni=e.wasm.cwrap(f,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`,`number`])}function ii(e){let{inputs:t,backend:n,attrs:r}=e,{a:i,b:a}=t,{transposeA:o,transposeB:s}=r;if(i.dtype!==`float32`||a.dtype!==`float32`)throw Error(`BatchMatMul for non non-float32 tensors not yet supported.`);let c=i.shape.length,l=a.shape.length,u=o?i.shape[c-2]:i.shape[c-1],d=s?a.shape[l-1]:a.shape[l-2],f=o?i.shape[c-1]:i.shape[c-2],p=s?a.shape[l-2]:a.shape[l-1],m=i.shape.slice(0,-2),h=a.shape.slice(0,-2),g=W(m),_=W(h),v=$t(i.shape.slice(0,-2),a.shape.slice(0,-2)).concat([f,p]);V(u===d,()=>`Error in matMul: inner shapes (${u}) and (${d}) of Tensors with shapes ${i.shape} and ${a.shape} and transposeA=${o} and transposeB=${s} must match.`);let y=o?[g,u,f]:[g,f,u],b=s?[_,p,d]:[_,d,p],x=Q({inputs:{x:i},backend:n,attrs:{shape:y}}),S=Q({inputs:{x:a},backend:n,attrs:{shape:b}}),C=n.dataIdMap.get(x.dataId).id,w=n.dataIdMap.get(S.dataId).id,T=o?x.shape[2]:x.shape[1],E=s?S.shape[1]:S.shape[2],D=Math.max(g,_),O=n.makeOutput([D,T,E],x.dtype),k=n.dataIdMap.get(O.dataId).id,A=new Uint8Array(new Int32Array(x.shape).buffer),j=new Uint8Array(new Int32Array(S.shape).buffer);return ni(C,A,x.shape.length,w,j,S.shape.length,o,s,k),n.disposeData(x.dataId),n.disposeData(S.dataId),O.shape=v,O}const ai={kernelName:f,backendName:`wasm`,setupFunc:ri,kernelFunc:ii};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function oi(e){let{inputs:{x:t},attrs:{begin:n,size:r},backend:i}=e,[a,o]=Xn(t,n,r),s=Yn(t.shape,a,o),c=i.readSync(t.dataId),l=i.makeOutput(o,t.dtype),u=U(t.shape),d=i.dataIdMap.get(l.dataId);if(s){let e=qn(a,u);return t.dtype===`string`?d.stringBytes=c.slice(e,e+W(o)):i.typedArrayFromHeap(l).set(c.subarray(e,e+W(o))),l}if(t.dtype===`string`)return d.stringBytes=Mn(c,a,o,t.shape,t.dtype),l;let f=i.typedArrayFromHeap(l),p=t.shape.length;if(p===2)si(c,u[0],f,a,o);else if(p===3)ci(c,u[0],u[1],f,a,o);else if(p===4)li(c,u[0],u[1],u[2],f,a,o);else{let e=Mn(c,a,o,t.shape,t.dtype);f.set(e)}return l}function si(e,t,n,r,i){let a=0,o=r[0],s=r[1],c=o+i[0];for(let r=o;r<c;r++){let o=r*t+s;n.set(e.subarray(o,o+i[1]),a),a+=i[1]}}function ci(e,t,n,r,i,a){let o=0,s=i[0],c=i[1],l=i[2],u=s+a[0],d=c+a[1];for(let i=s;i<u;i++)for(let s=c;s<d;s++){let c=i*t+s*n+l;r.set(e.subarray(c,c+a[2]),o),o+=a[2]}}function li(e,t,n,r,i,a,o){let s=0,c=a[0],l=a[1],u=a[2],d=c+o[0],f=l+o[1],p=u+o[2],m=a[3];for(let a=c;a<d;a++)for(let c=l;c<f;c++)for(let l=u;l<p;l++){let u=a*t+c*n+l*r+m;i.set(e.subarray(u,u+o[3]),s),s+=o[3]}}const ui={kernelName:m,backendName:`wasm`,kernelFunc:oi};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function di(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{blockShape:a,crops:o}=r,s=a.reduce((e,t)=>e*t),c=gn(i.shape,a,s),l=_n(c.length,a.length),u=vn(i.shape,a,s),d=pn(o,a.length),f=cn(u,o,a.length),p=Q({inputs:{x:i},backend:n,attrs:{shape:c}}),m=Z({inputs:{x:p},backend:n,attrs:{perm:l}}),h=Q({inputs:{x:m},backend:n,attrs:{shape:u}}),g=oi({inputs:{x:h},backend:n,attrs:{begin:d,size:f}});return n.disposeData(p.dataId),n.disposeData(m.dataId),n.disposeData(h.dataId),g}const fi={kernelName:Yt,backendName:`wasm`,kernelFunc:di};
/**
* @license
* Copyright 2023 Google LLC.
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
let pi;function mi(e){pi=e.wasm.cwrap(z,null,[`number`,`number`,`boolean`,`number`,`number`,`number`])}function hi(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,weights:a}=n,{size:o}=r,s=a.shape.reduce((e,t)=>e*t,1)!==0,c=i.shape.length===1?[o]:[i.shape[0],o],l=t.makeOutput(c,a.dtype);function u(e){return t.dataIdMap.get(e.dataId).id}return pi(u(i),o,s,u(a),J[a.dtype],u(l)),l}const gi={kernelName:z,backendName:`wasm`,setupFunc:mi,kernelFunc:hi},_i=X(v,!0)
/**
* @license
* Copyright 2023 Google LLC.
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
* Copyright 2023 Google LLC.
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
function vi(e){let{inputs:t,backend:n}=e,{s0:r,s1:i}=t,a=n.typedArrayFromHeap(r),o=n.typedArrayFromHeap(i),s=$t(Array.from(a),Array.from(o));return n.makeOutput([s.length],`int32`,void 0,new Int32Array(s))}const yi={kernelName:h,backendName:`wasm`,kernelFunc:vi};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function $(e){let{inputs:{x:t},attrs:{dtype:n},backend:r}=e,i=r.makeOutput(t.shape,n),a=r.typedArrayFromHeap(t);return r.typedArrayFromHeap(i).set(a),i}const bi={kernelName:_t,backendName:`wasm`,kernelFunc:$},xi=Y(s)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Si;function Ci(e){Si=e.wasm.cwrap(mt,null,[`number`,`number`,`number`,`number`])}function wi(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{clipValueMin:a,clipValueMax:o}=r,s=n.dataIdMap.get(i.dataId).id,c=n.makeOutput(i.shape,i.dtype),l=n.dataIdMap.get(c.dataId).id;return Si(s,a,o,l),c}const Ti={kernelName:mt,backendName:`wasm`,setupFunc:Ci,kernelFunc:wi};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Ei(e){let{inputs:t,backend:n}=e,r=I(e.attrs.axis,t[0].shape)[0],i=t.map(e=>e.shape);Nn(i,r);let a=Sn(t.map(e=>e.shape),r),o=t.filter(e=>W(e.shape)>0);if(o.length===1)return hr({inputs:{x:o[0]},backend:n});let s=n.makeOutput(a,t[0].dtype);if(W(a)===0)return s;if(o[0].dtype===`string`){let e=o.map(e=>{let t=[-1,W(e.shape.slice(r))];return Q({inputs:{x:e},backend:n,attrs:{shape:t}})}),i=e.map(e=>({vals:n.readSync(e.dataId),shape:e.shape}));a=Sn(e.map(e=>e.shape),1);let c=e[0].shape[0]===1,l=Dn(i,a,t[0].dtype,c);s.shape=Sn(o.map(e=>e.shape),r);let u=n.dataIdMap.get(s.dataId);return u.stringBytes=wn(l),e.forEach(e=>n.disposeData(e.dataId)),s}let c=W(o[0].shape.slice(0,r)),l=0,u=o.map(e=>{let t=W(e.shape.slice(r));return l+=t,t}),d=o.map(e=>n.typedArrayFromHeap(e)),f=n.typedArrayFromHeap(s);for(let e=0;e<c;e++){let t=e*l;for(let n=0;n<d.length;n++){let r=u[n],i=e*r,a=d[n].subarray(i,i+r);f.set(a,t),t+=r}}return s}const Di={kernelName:L,backendName:`wasm`,kernelFunc:Ei};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Oi;function ki(e){Oi=e.wasm.cwrap(x,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ai(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a}=t,o=r.dataIdMap.get(i.dataId).id,s=r.dataIdMap.get(a.dataId).id,{strides:c,dilations:l,pad:u,dimRoundingMode:d,dataFormat:f}=n,p=Bn(f),m=Un(i.shape,a.shape,c,l,u,d,!1,p),h=m.filterHeight,g=m.filterWidth,_=m.padInfo.top,v=m.padInfo.right,y=m.padInfo.bottom,b=m.padInfo.left,x=m.dilationHeight,S=m.dilationWidth,C=m.strideHeight,w=m.strideWidth,T=m.inChannels,E=m.outChannels,D=+(m.padInfo.type===`SAME`);if(m.dataFormat!==`channelsLast`)throw Error(`wasm backend Conv2D does not support dataFormat:'${m.dataFormat}'. Please use 'channelsLast'.`);let O=r.makeOutput(m.outShape,`float32`),k=r.dataIdMap.get(O.dataId).id;return Oi(o,i.shape[0],i.shape[1],i.shape[2],s,h,g,_,v,y,b,D,x,S,C,w,T,E,k),O}const ji={kernelName:x,backendName:`wasm`,setupFunc:ki,kernelFunc:Ai};
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
let Mi;function Ni(e){Mi=e.wasm.cwrap(ie,null,/* @__PURE__ */ `number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number`.split(`.`))}function Pi(e){let{backend:t,inputs:n,attrs:r}=e,{dy:i,filter:a}=n,{strides:o,pad:s,dataFormat:c,dimRoundingMode:l,inputShape:u}=r,d=Bn(c),f=Un(u,a.shape,o,1,s,l,!1,d),{batchSize:p,filterHeight:m,filterWidth:h,inChannels:g,inHeight:_,inWidth:v,outChannels:y,outHeight:b,outWidth:x,strideHeight:S,strideWidth:C}=f,w=m-1-f.padInfo.top,T=h-1-f.padInfo.left,E=f.dataFormat===`channelsLast`,D=U(f.inShape),O=U(i.shape),[k,A,j]=U(a.shape),ee=D[0],M=E?D[1]:D[2],te=E?D[2]:1,N=E?1:D[1],P=O[0],ne=E?O[1]:O[2],re=E?O[2]:1,ie=E?1:O[1],ae=t.makeOutput(f.inShape,`float32`),oe=t.dataIdMap.get(ae.dataId).id,se=t.dataIdMap.get(i.dataId).id,F=t.dataIdMap.get(a.dataId).id;return Mi(se,F,p,m,h,_,v,g,b,x,y,S,C,w,T,k,A,j,ee,M,te,N,P,ne,re,ie,oe),ae}const Fi={kernelName:ie,backendName:`wasm`,setupFunc:Ni,kernelFunc:Pi};
/**
* @license
* Copyright 2023 Google LLC.
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
let Ii;function Li(e){Ii=e.wasm.cwrap(_e,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ri(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a}=t,{strides:o,pad:s,dilations:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor x must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=Wn(i.shape,a.shape,o,c,s),u=n.makeOutput(l.outShape,i.dtype);return Ii(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const zi={kernelName:_e,backendName:`wasm`,setupFunc:Li,kernelFunc:Ri};
/**
* @license
* Copyright 2023 Google LLC.
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
let Bi;function Vi(e){Bi=e.wasm.cwrap(sn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Hi(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,dy:a}=t,{strides:o,pad:s,filterShape:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=Wn(i.shape,c,o,1,s),u=n.makeOutput(l.filterShape,a.dtype);return Bi(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const Ui={kernelName:sn,backendName:`wasm`,setupFunc:Vi,kernelFunc:Hi};
/**
* @license
* Copyright 2023 Google LLC.
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
let Wi;function Gi(e){Wi=e.wasm.cwrap(l,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ki(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,filter:a}=t,{pad:o,strides:s,inputShape:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=Wn(c,a.shape,s,1,o),u=n.makeOutput(l.inShape,i.dtype);return Wi(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const qi={kernelName:l,backendName:`wasm`,setupFunc:Gi,kernelFunc:Ki},Ji=Y(`Cos`),Yi=Y(ke)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
var Xi;(function(e){e[e.bilinear=0]=`bilinear`,e[e.nearest=1]=`nearest`})(Xi||={});let Zi;function Qi(e){Zi=e.wasm.cwrap(D,null,[`number`,`number`,`number`,`number`,`array`,`number`,`number`,`number`,`number`,`number`])}function $i(e){let{backend:t,inputs:n,attrs:r}=e,{method:i,extrapolationValue:a,cropSize:o}=r,{image:s,boxes:c,boxInd:l}=n,u=c.shape[0],[d,f]=o,p=[u,d,f,s.shape[3]],m=t.dataIdMap.get(s.dataId),h;s.dtype!==`float32`&&(h=$({backend:t,inputs:{x:s},attrs:{dtype:`float32`}}),m=t.dataIdMap.get(h.dataId));let g=m.id,_=t.dataIdMap.get(c.dataId).id,v=t.dataIdMap.get(l.dataId).id,y=t.makeOutput(p,`float32`),b=t.dataIdMap.get(y.dataId).id,x=new Uint8Array(new Int32Array(s.shape).buffer);return Zi(g,_,v,u,x,d,f,Xi[i],a,b),h!=null&&t.disposeData(h.dataId),y}const ea={kernelName:D,backendName:`wasm`,setupFunc:Qi,kernelFunc:$i};
/**
* @license
* Copyright 2022 Google LLC. All Rights Reserved.
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
let ta;function na(e){ta=e.wasm.cwrap(Ee,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function ra(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,exclusive:o,reverse:s}=r,c=i.shape.length;V(i.dtype===`float32`||i.dtype===`int32`,()=>`cumprod does not support ${i.dtype} tensors in the WASM backend`);let l=er([a],c),u=i;l!==null&&(u=Z({inputs:{x:i},attrs:{perm:l},backend:n}));let d=Qn(1,c)[0];K(`cumprod`,[d],c);let f=n.makeOutput(u.shape,u.dtype),p=u.shape[d],m=n.dataIdMap.get(u.dataId).id,h=n.dataIdMap.get(f.dataId).id;ta(m,+!!o,+!!s,p,h,J[i.dtype]);let g=f;if(l!==null){let e=$n(l);g=Z({inputs:{x:f},attrs:{perm:e},backend:n}),n.disposeData(u.dataId),n.disposeData(f.dataId)}return g}const ia={kernelName:Ee,backendName:`wasm`,setupFunc:na,kernelFunc:ra};
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
let aa;function oa(e){aa=e.wasm.cwrap(je,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function sa(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:a,exclusive:o,reverse:s}=r,c=i.shape.length;V(i.dtype===`float32`||i.dtype===`int32`,()=>`cumsum does not support ${i.dtype} tensors in the WASM backend`);let l=er([a],c),u=i;l!==null&&(u=Z({inputs:{x:i},attrs:{perm:l},backend:n}));let d=Qn(1,c)[0];K(`cumsum`,[d],c);let f=n.makeOutput(u.shape,u.dtype),p=u.shape[d],m=n.dataIdMap.get(u.dataId).id,h=n.dataIdMap.get(f.dataId).id;aa(m,+!!o,+!!s,p,h,J[i.dtype]);let g=f;if(l!==null){let e=$n(l);g=Z({inputs:{x:f},attrs:{perm:e},backend:n}),n.disposeData(u.dataId),n.disposeData(f.dataId)}return g}const ca={kernelName:je,backendName:`wasm`,setupFunc:oa,kernelFunc:sa};
/**
* @license
* Copyright 2023 Google LLC.
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
let la;function ua(e){la=e.wasm.cwrap(`DenseBincount`,null,[`number`,`array`,`number`,`number`,`boolean`,`number`,`number`,`boolean`,`number`])}function da(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,weights:a}=n,{size:o,binaryOutput:s}=r,c=a.shape.reduce((e,t)=>e*t,1)!==0,l=i.shape.length===1?[o]:[i.shape[0],o],u=t.makeOutput(l,a.dtype);function d(e){return t.dataIdMap.get(e.dataId).id}return la(d(i),new Uint8Array(new Int32Array(i.shape).buffer),i.shape.length,o,c,d(a),J[a.dtype],s,d(u)),u}const fa={kernelName:w,backendName:`wasm`,setupFunc:ua,kernelFunc:da};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let pa;function ma(e){pa=e.wasm.cwrap(N,null,[`number`,`number`,`number`,`array`,`number`,`array`,`array`,`number`,`number`])}function ha(e){let{backend:t,inputs:n,attrs:r}=e,{x:i}=n,{blockSize:a,dataFormat:o}=r,s=i.shape[0],c=o===`NHWC`?i.shape[1]:i.shape[2],l=o===`NHWC`?i.shape[2]:i.shape[3],u=o===`NHWC`?i.shape[3]:i.shape[1],d=c*a,f=l*a,p=u/(a*a),m=o===`NHWC`?[s,d,f,p]:[s,p,d,f],h=t.makeOutput(m,`float32`),g=t.dataIdMap.get(i.dataId).id,_=new Uint8Array(new Int32Array(U(i.shape)).buffer),v=new Uint8Array(new Int32Array(m).buffer),y=new Uint8Array(new Int32Array(U(m)).buffer),b=t.dataIdMap.get(h.dataId).id;return pa(g,a,+(o===`NHWC`),_,i.shape.length-1,v,y,m.length,b),h}const ga={kernelName:N,backendName:`wasm`,setupFunc:ma,kernelFunc:ha};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let _a;function va(e){_a=e.wasm.cwrap(Ft,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ya(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a}=t,o=r.dataIdMap.get(i.dataId).id,s=r.dataIdMap.get(a.dataId).id,{strides:c,dilations:l,pad:u,dimRoundingMode:d}=n,f=l??[1,1],p=Un(i.shape,a.shape,c,f,u,d,!0),m=p.filterHeight,h=p.filterWidth,g=p.padInfo.top,_=p.padInfo.right,v=p.padInfo.bottom,y=p.padInfo.left,b=p.dilationHeight,x=p.dilationWidth,S=p.strideHeight,C=p.strideWidth,w=p.inChannels,T=p.outChannels,E=+(p.padInfo.type===`SAME`);if(p.dataFormat!==`channelsLast`)throw Error(`wasm backend DepthwiseConv2dNative does not support dataFormat:'${p.dataFormat}'. Please use 'channelsLast'.`);let D=r.makeOutput(p.outShape,`float32`),O=r.dataIdMap.get(D.dataId).id;return _a(o,i.shape[0],i.shape[1],i.shape[2],s,m,h,g,_,v,y,E,b,x,S,C,w,T,O),D}const ba={kernelName:Ft,backendName:`wasm`,setupFunc:va,kernelFunc:ya};
/**
* @license
* Copyright 2023 Google LLC.
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
let xa;function Sa(e){xa=e.wasm.cwrap(`Diag`,null,[`number`,`number`,`number`,`number`])}function Ca(e){let{inputs:t,backend:n}=e,{x:r}=t,i=W(r.shape),a=n.makeOutput([...r.shape,...r.shape],r.dtype);return xa(n.dataIdMap.get(r.dataId).id,J[r.dtype],i,n.dataIdMap.get(a.dataId).id),a}const wa={kernelName:Pe,backendName:`wasm`,setupFunc:Sa,kernelFunc:Ca};
/**
* @license
* Copyright 2023 Google LLC.
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
let Ta;function Ea(e){Ta=e.wasm.cwrap(ze,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Da(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a}=t,{strides:o,pad:s,dilations:c}=r;if(i.dtype!==a.dtype)throw Error(`Dilation2D error: x must have the same dtype as filter. Got ${i.dtype} and ${a.dtype}`);let l=Jn(i.shape,a.shape,o,s,`NHWC`,c),u=n.makeOutput(l.outShape,i.dtype);return Ta(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,J[i.dtype],l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.filterHeight,l.filterWidth,l.padInfo.top,l.padInfo.left),u}const Oa={kernelName:ze,backendName:`wasm`,setupFunc:Ea,kernelFunc:Da};
/**
* @license
* Copyright 2023 Google LLC.
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
let ka;function Aa(e){ka=e.wasm.cwrap(me,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ja(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,dy:o}=t,{strides:s,pad:c,dilations:l}=r;if(i.dtype!==a.dtype||i.dtype!==o.dtype)throw Error(`Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`);let u=Jn(i.shape,a.shape,s,c,`NHWC`,l),d=n.makeOutput(a.shape,a.dtype);return ka(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,J[i.dtype],u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.filterHeight,u.filterWidth,u.padInfo.top,u.padInfo.left),d}const Ma={kernelName:me,backendName:`wasm`,setupFunc:Aa,kernelFunc:ja};
/**
* @license
* Copyright 2023 Google LLC.
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
let Na;function Pa(e){Na=e.wasm.cwrap(i,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Fa(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,dy:o}=t,{strides:s,pad:c,dilations:l}=r;if(i.dtype!==a.dtype||i.dtype!==o.dtype)throw Error(`Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`);let u=Jn(i.shape,a.shape,s,c,`NHWC`,l),d=n.makeOutput(i.shape,i.dtype);return Na(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,J[i.dtype],u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.filterHeight,u.filterWidth,u.padInfo.top,u.padInfo.left),d}const Ia={kernelName:i,backendName:`wasm`,setupFunc:Pa,kernelFunc:Fa},La=Y(`Elu`)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
* Copyright 2023 Google LLC.
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
let Ra;function za(e){Ra=e.wasm.cwrap(Et,null,[`number`,`number`,`number`])}function Ba(e){let{inputs:t,backend:n}=e,{dy:r,y:i}=t,a=n.makeOutput(i.shape,`float32`),o=e=>n.dataIdMap.get(e.dataId).id;return Ra(o(i),o(r),o(a)),a}const Va={kernelName:Et,backendName:`wasm`,setupFunc:za,kernelFunc:Ba},Ha=X(Lt,!1,`bool`),Ua=Y(`Erf`),Wa=Y(`Exp`,`float32`)
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Ga(e){let{inputs:t,attrs:n,backend:r}=e,{input:i}=t,{dim:a}=n,o=i.shape.length,s=i.shape.slice(),c=a;return a<0&&(V(-(o+1)<=a,()=>`Axis must be in the interval [${-(o+1)}, ${o}]`),c=o+a+1),s.splice(c,0,1),Q({inputs:{x:i},backend:r,attrs:{shape:s}})}const Ka={kernelName:ut,backendName:`wasm`,kernelFunc:Ga},qa=Y(H,`float32`)
/**
* @license
* Copyright 2023 Google LLC.
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
function Ja(e){let{attrs:{shape:t,value:n},backend:r}=e,{attrs:{dtype:i}}=e;i||=Be(n);let a=r.makeOutput(t,i);return r.typedArrayFromHeap(a).fill(n),a}const Ya={kernelName:Ot,backendName:`wasm`,kernelFunc:Ja};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Xa;function Za(e){Xa=e.wasm.cwrap(Rt,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function Qa(e){let{inputs:t,backend:n}=e,{image:r}=t,i=n.makeOutput(r.shape,r.dtype),a=n.dataIdMap.get(r.dataId).id,o=n.dataIdMap.get(i.dataId).id,[s,c,l,u]=r.shape;return Xa(a,s,c,l,u,o),i}const $a={kernelName:Rt,backendName:`wasm`,kernelFunc:Qa,setupFunc:Za},eo=Y(Je),to=X(yt,!1)
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
let no;function ro(e){no=e.wasm.cwrap(Xe,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function io(e){let{backend:t,inputs:n,attrs:r}=e,{varianceEpsilon:i}=r,{x:a,mean:o,variance:s,offset:c,scale:l}=n,u=t.dataIdMap.get(a.dataId).id,d=t.dataIdMap.get(o.dataId).id,f=t.dataIdMap.get(s.dataId).id,p=c==null?0:t.dataIdMap.get(c.dataId).id,m=l==null?0:t.dataIdMap.get(l.dataId).id,h=t.makeOutput(a.shape,a.dtype);if(W(a.shape)===0)return h;let g=t.dataIdMap.get(h.dataId).id;return no(u,d,f,p,m,i,g),h}const ao={kernelName:Xe,backendName:`wasm`,setupFunc:ro,kernelFunc:io};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let oo;function so(e){oo=e.wasm.cwrap(tt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function co(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dilations:u,dataFormat:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=n,h=Un(i.shape,a.shape,c,u,l,f),g=nr[p];if(g==null)throw Error(`${p} activation not yet supported for FusedConv2D in the wasm backend.`);let _=r.dataIdMap.get(i.dataId).id,v=r.dataIdMap.get(a.dataId).id,y=h.outChannels,b=0;if(o!=null){let e=r.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`FusedConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);if(e.shape[0]!==y)throw Error(`FusedConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`);b=e.id}let x=h.filterHeight,S=h.filterWidth,C=h.padInfo.top,w=h.padInfo.right,T=h.padInfo.bottom,E=h.padInfo.left,D=h.dilationHeight,O=h.dilationWidth,k=h.strideHeight,A=h.strideWidth,j=h.inChannels,ee=+(h.padInfo.type===`SAME`),M=h.batchSize,te=h.inHeight,N=h.inWidth;if(d!==`NHWC`)throw Error(`wasm backend FusedConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`);let P=r.makeOutput(h.outShape,`float32`),ne=r.dataIdMap.get(P.dataId).id,re=s==null?0:r.dataIdMap.get(s.dataId).id;return oo(_,M,te,N,v,x,S,b,C,w,T,E,ee,D,O,k,A,j,y,g,re,m||0,ne),P}const lo={kernelName:tt,backendName:`wasm`,setupFunc:so,kernelFunc:co};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let uo;function fo(e){uo=e.wasm.cwrap(At,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function po(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dilations:u,dataFormat:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=n,h=Un(i.shape,a.shape,c,u,l,f,!0),g=nr[p];if(g==null)throw Error(`${p} activation not yet supported for FusedDepthwiseConv2D in the wasm backend.`);let _=r.dataIdMap.get(i.dataId).id,v=r.dataIdMap.get(a.dataId).id,y=h.outChannels,b=0;if(o!=null){let e=r.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`FusedDepthwiseConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);if(e.shape[0]!==y)throw Error(`FusedDepthwiseConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`);b=e.id}let x=h.filterHeight,S=h.filterWidth,C=h.padInfo.top,w=h.padInfo.right,T=h.padInfo.bottom,E=h.padInfo.left,D=h.dilationHeight,O=h.dilationWidth,k=h.strideHeight,A=h.strideWidth,j=h.inChannels,ee=+(h.padInfo.type===`SAME`),M=h.batchSize,te=h.inHeight,N=h.inWidth;if(d!==`NHWC`)throw Error(`wasm backend FusedDepthwiseConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`);let P=r.makeOutput(h.outShape,`float32`),ne=r.dataIdMap.get(P.dataId).id,re=s==null?0:r.dataIdMap.get(s.dataId).id;return uo(_,M,te,N,v,x,S,b,C,w,T,E,ee,D,O,k,A,j,y,g,re,m||0,ne),P}const mo={kernelName:At,backendName:`wasm`,setupFunc:fo,kernelFunc:po};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let ho;function go(e){ho=e.wasm.cwrap(St,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`])}function _o(e){let{backend:t,inputs:n}=e,{params:r,indices:i}=n,[a,o,s,c]=On(r,i),l=t.makeOutput(a,r.dtype);if(o===0)return l;let u=i.shape,d=u[u.length-1],f=t.dataIdMap.get(r.dataId).id,p=t.dataIdMap.get(i.dataId).id,m=new Uint8Array(new Int32Array(c).buffer),h=t.dataIdMap.get(l.dataId).id;return ho(f,J[r.dtype],p,o,d,s,m,h),l}const vo={kernelName:St,backendName:`wasm`,setupFunc:go,kernelFunc:_o};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let yo;function bo(e){yo=e.wasm.cwrap(`Gather`,null,[`number`,`number`,`array`,`number`,`number`,`number`,`array`,`number`])}function xo(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,indices:a}=n,{axis:o,batchDims:s}=r,c=I(o,i.shape)[0],l=t.readSync(a.dataId),u=i.shape[c];for(let e=0;e<l.length;++e){let t=l[e];V(t<=u-1&&t>=0,()=>`GatherV2: the index value ${t} is not in [0, ${u-1}]`)}let d=kn(i,a,c,s),f=Q({inputs:{x:i},attrs:{shape:[d.batchSize,d.outerSize,d.dimSize,d.sliceSize]},backend:t}),p=W(a.shape),m=Q({inputs:{x:a},attrs:{shape:[d.batchSize,p/d.batchSize]},backend:t}),h=[d.batchSize,d.outerSize,p/d.batchSize,d.sliceSize],g=t.makeOutput(h,i.dtype);if(W(i.shape)===0)return g;let _=f.shape.length-1,v=t.dataIdMap.get(f.dataId).id,y=t.dataIdMap.get(m.dataId).id,b=t.dataIdMap.get(g.dataId).id,x=new Uint8Array(new Int32Array(U(f.shape)).buffer),S=new Uint8Array(new Int32Array(U(h)).buffer);return yo(v,J[i.dtype],x,_,y,d.batchSize,S,b),t.disposeData(f.dataId),t.disposeData(m.dataId),g.shape=d.outputShape,g}const So={kernelName:st,backendName:`wasm`,setupFunc:bo,kernelFunc:xo},Co=X(it,!1,`bool`),wo=X(Ve,!1,`bool`),To=Y(Xt,`bool`),Eo=Y(ve,`bool`),Do=Y(u,`bool`)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2022 The TensorFlow Authors. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Oo;function ko(e){Oo=e.wasm.cwrap(xe,null,[`number`,`number`,`number`,`number`])}function Ao(e){let{inputs:{x:t},attrs:{alpha:n},backend:r}=e,i=r.dataIdMap.get(t.dataId).id,a=r.makeOutput(t.shape,`float32`);if(W(t.shape)!==0){let e=r.dataIdMap.get(a.dataId).id;Oo(i,J[t.dtype],n,e)}return a}const jo={kernelName:xe,backendName:`wasm`,setupFunc:ko,kernelFunc:Ao},Mo=X(g,!1,`bool`),No=X(p,!1,`bool`)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2023 Google LLC. All Rights Reserved.
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
let Po;function Fo(e){Po=e.wasm.cwrap(ce,null,[`number`,`number`,`number`,`number`])}function Io(e){let{attrs:t,backend:n}=e,{start:r,stop:i,num:a}=t,o=Math.floor(a),s=n.makeOutput([o],`float32`);return Po(n.dataIdMap.get(s.dataId).id,r,i,o),s}const Lo={kernelName:ce,backendName:`wasm`,setupFunc:Fo,kernelFunc:Io},Ro=Y(`Log`),zo=Y(ht),Bo=X(ft,!1,`bool`),Vo=Y(ae),Ho=X(se,!1,`bool`),Uo=X(ue,!1,`bool`)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2023 Google LLC.
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
let Wo;function Go(e){Wo=e.wasm.cwrap(`LRN`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ko(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{depthRadius:a,bias:o,alpha:s,beta:c}=r;if(i.dtype!==`float32`)throw Error(`LRN error: x must have dtype float32`);let l=n.makeOutput(i.shape,i.dtype);return Wo(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(l.dataId).id,i.shape[3],a,o,s,c),l}const qo={kernelName:`LRN`,backendName:`wasm`,setupFunc:Go,kernelFunc:Ko};
/**
* @license
* Copyright 2023 Google LLC.
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
let Jo;function Yo(e){Jo=e.wasm.cwrap(qt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Xo(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,y:a,dy:o}=t,{depthRadius:s,bias:c,alpha:l,beta:u}=r;if(i.dtype!==`float32`||a.dtype!==`float32`||o.dtype!==`float32`)throw Error(`LRNGrad error: x, y, and dy must have dtype float32`);let d=n.makeOutput(i.shape,i.dtype);return Jo(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,o.shape[3],s,c,l,u),d}const Zo={kernelName:qt,backendName:`wasm`,setupFunc:Yo,kernelFunc:Xo};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Qo;function $o(e){Qo=e.wasm.cwrap(`Max`,null,[`number`,`number`,`number`,`number`])}function es(e){let{backend:t,inputs:n,attrs:r}=e,{reductionIndices:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=Sr(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;K(`max`,u,p);let[m,h]=G(c.shape,u),g=W(h),_=t.makeOutput(m,o.dtype);if(W(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;Qo(s,J[o.dtype],g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=q(_.shape,d)),_}const ts={kernelName:`Max`,backendName:`wasm`,setupFunc:$o,kernelFunc:es},ns=X(c,!1)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
let rs;function is(e){rs=e.wasm.cwrap(y,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function as(e){let{inputs:t,attrs:n,backend:r}=e,i=t.x,a=r.dataIdMap.get(i.dataId).id;V(i.dtype===`float32`,()=>`Error in MaxPool: only float32 input is supported. Got ${i.dtype}.`);let{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=n,u=Kn(i.shape,o,s,1,c,l),d=u.filterHeight,f=u.filterWidth,p=u.padInfo.top,m=u.padInfo.right,h=u.padInfo.bottom,g=u.padInfo.left,_=u.dilationHeight,v=u.dilationWidth,y=u.strideHeight,b=u.strideWidth,x=u.inChannels,S=u.outChannels;if(u.dataFormat!==`channelsLast`)throw Error(`wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`);let C=r.makeOutput(u.outShape,`float32`),w=r.dataIdMap.get(C.dataId).id;return rs(a,i.shape[0],i.shape[1],i.shape[2],d,f,p,m,h,g,_,v,y,b,x,S,w),C}const os={kernelName:y,backendName:`wasm`,setupFunc:is,kernelFunc:as};
/**
* @license
* Copyright 2023 Google LLC.
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
let ss;function cs(e){ss=e.wasm.cwrap(`MaxPool3D`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ls(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,dimRoundingMode:c,dataFormat:l}=r,u=Gn(i.shape,a,o,1,s,c,l),d=n.makeOutput(u.outShape,i.dtype);return ss(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const us={kernelName:k,backendName:`wasm`,setupFunc:cs,kernelFunc:ls};
/**
* @license
* Copyright 2023 Google LLC.
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
let ds;function fs(e){ds=e.wasm.cwrap(`MaxPool3DGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ps(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=Gn(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return ds(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const ms={kernelName:ne,backendName:`wasm`,setupFunc:fs,kernelFunc:ps};
/**
* @license
* Copyright 2023 Google LLC.
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
let hs;function gs(e){hs=e.wasm.cwrap(`MaxPoolGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function _s(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=Kn(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return hs(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.top,u.padInfo.left),d}const vs={kernelName:he,backendName:`wasm`,setupFunc:gs,kernelFunc:_s};
/**
* @license
* Copyright 2023 Google LLC.
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
let ys;function bs(e){ys=e.wasm.cwrap(`MaxPoolWithArgmax`,null,[`number`,`number`,`number`,`number`,`boolean`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function xs(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,includeBatchInIndex:c}=r;V(i.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${i.shape.length}.`);let l=[1,1];V(Zn(o,l),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${o} and dilations '${l}'`);let u=Kn(i.shape,a,o,[1,1],s),d=n.makeOutput(u.outShape,i.dtype),f=n.makeOutput(u.outShape,`int32`);return ys(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,n.dataIdMap.get(f.dataId).id,J[i.dtype],c,u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.top,u.padInfo.left),[d,f]}const Ss={kernelName:an,backendName:`wasm`,setupFunc:bs,kernelFunc:xs};
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
let Cs;function ws(e){Cs=e.wasm.cwrap(De,null,[`number, number, number`])}function Ts(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Sr(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=Qn(m.length,l.shape.length))}K(`mean`,m,l.shape.length);let[h,g]=G(l.shape,m),_=W(g),v=l;l.dtype!==`float32`&&(v=$({backend:t,inputs:{x:l},attrs:{dtype:`float32`}}),c=t.dataIdMap.get(v.dataId).id);let y=t.makeOutput(h,`float32`);if(W(l.shape)!==0){let e=t.dataIdMap.get(y.dataId).id;Cs(c,_,e)}return p&&t.disposeData(u.dataId),a&&(y.shape=q(y.shape,f)),l.dtype!==`float32`&&t.disposeData(v.dataId),y}const Es={kernelName:De,backendName:`wasm`,setupFunc:ws,kernelFunc:Ts};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Ds;function Os(e){Ds=e.wasm.cwrap(`Min`,null,[`number`,`number`,`number`,`number`])}function ks(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Sr(o,i,t);if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e)}let m=l.shape.length;K(`min`,d,m);let[h,g]=G(l.shape,d),_=W(g),v=t.makeOutput(h,l.dtype);if(W(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;Ds(c,J[o.dtype],_,e)}return p&&t.disposeData(u.dataId),a&&(v.shape=q(v.shape,f)),v}const As={kernelName:`Min`,backendName:`wasm`,setupFunc:Os,kernelFunc:ks},js=X(T,!1)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2021 Google LLC. All Rights Reserved.
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
var Ms;(function(e){e[e.reflect=0]=`reflect`,e[e.symmetric=1]=`symmetric`})(Ms||={});let Ns;function Ps(e){Ns=e.wasm.cwrap(we,null,[`number`,`array`,`number`,`number`,`array`,`array`,`number`,`number`])}function Fs(e){let{inputs:{x:t},backend:n,attrs:{paddings:r,mode:i}}=e,a=r.map((e,n)=>e[0]+t.shape[n]+e[1]),o=n.dataIdMap.get(t.dataId).id,s=n.makeOutput(a,t.dtype),c=n.dataIdMap.get(s.dataId).id,l=new Uint8Array(new Int32Array(t.shape).buffer),u=r.map(e=>e[0]),d=r.map(e=>e[1]),f=new Uint8Array(new Int32Array(u).buffer),p=new Uint8Array(new Int32Array(d).buffer);return Ns(o,l,t.shape.length,J[t.dtype],f,p,Ms[i],c),s}const Is={kernelName:we,backendName:`wasm`,kernelFunc:Fs,setupFunc:Ps};
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
let Ls;function Rs(e){Ls=e.wasm.cwrap(le,null,[`number`,`number`,`number`,`number`])}function zs(e){let{backend:t,inputs:{logits:n},attrs:{dim:r}}=e,i=t.dataIdMap.get(n.dataId).id,a=t.makeOutput(n.shape,n.dtype),o=t.dataIdMap.get(a.dataId).id,s=n.shape[r],c=W(n.shape)/s;return W(a.shape)===0||Ls(i,o,s,c),a}const Bs={kernelName:le,backendName:`wasm`,setupFunc:Rs,kernelFunc:zs};
/**
* @license
* Copyright 2023 Google LLC.
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
let Vs;function Hs(e){Vs=e.wasm.cwrap(Ae,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function Us(e){let{inputs:t,backend:n,attrs:r}=e,{logits:i}=t,{numSamples:a,seed:o,normalized:s}=r;if(i.dtype!==`float32`)throw Error(`Tensor logits must have dtype float32, got ${i.dtype}`);let c=s?i:zs({inputs:{logits:i},backend:n,attrs:{dim:i.shape.length-1}}),[l,u]=c.shape,d=n.makeOutput([l,a],`int32`);return Vs(n.dataIdMap.get(c.dataId).id,l,u,a,o,n.dataIdMap.get(d.dataId).id),s||n.disposeData(c.dataId),d}const Ws={kernelName:Ae,backendName:`wasm`,setupFunc:Hs,kernelFunc:Us},Gs=X(`Mod`,!0),Ks=X(S,!0),qs=Y(`Neg`)
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Js(e,t){let n=new Int32Array(e.wasm.HEAPU8.buffer,t,4),r=n[0],i=n[1],a=n[2],o=n[3];return e.wasm._free(t),{pSelectedIndices:r,selectedSize:i,pSelectedScores:a,pValidOutputs:o}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Ys;function Xs(e){Ys=e.wasm.cwrap(M,`number`,[`number`,`number`,`number`,`number`,`number`])}function Zs(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o}=r,{boxes:s,scores:c}=n,l=t.dataIdMap.get(s.dataId).id,u=t.dataIdMap.get(c.dataId).id,{pSelectedIndices:d,selectedSize:f,pSelectedScores:p,pValidOutputs:m}=Js(t,Ys(l,u,a,i,o));return t.wasm._free(p),t.wasm._free(m),t.makeOutput([f],`int32`,d)}const Qs={kernelName:M,backendName:`wasm`,setupFunc:Xs,kernelFunc:Zs};
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
let $s;function ec(e){$s=e.wasm.cwrap(Nt,`number`,[`number`,`number`,`number`,`number`,`number`,`bool`])}function tc(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o,padToMaxOutputSize:s}=r,{boxes:c,scores:l}=n,u=t.dataIdMap.get(c.dataId).id,d=t.dataIdMap.get(l.dataId).id,{pSelectedIndices:f,selectedSize:p,pSelectedScores:m,pValidOutputs:h}=Js(t,$s(u,d,a,i,o,s));return t.wasm._free(m),[t.makeOutput([p],`int32`,f),t.makeOutput([],`int32`,h)]}const nc={kernelName:Nt,backendName:`wasm`,setupFunc:ec,kernelFunc:tc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let rc;function ic(e){rc=e.wasm.cwrap(j,`number`,[`number`,`number`,`number`,`number`,`number`,`number`])}function ac(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o,softNmsSigma:s}=r,{boxes:c,scores:l}=n,u=t.dataIdMap.get(c.dataId).id,d=t.dataIdMap.get(l.dataId).id,{pSelectedIndices:f,selectedSize:p,pSelectedScores:m,pValidOutputs:h}=Js(t,rc(u,d,a,i,o,s));return t.wasm._free(h),[t.makeOutput([p],`int32`,f),t.makeOutput([p],`float32`,m)]}const oc={kernelName:j,backendName:`wasm`,setupFunc:ic,kernelFunc:ac},sc=X(Fe,!1,`bool`)
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
;
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
let cc;function lc(e){cc=e.wasm.cwrap(Me,null,[`number`,`number`,`number`,`number`,`number`])}function uc(e){let{inputs:t,backend:n,attrs:r}=e,{indices:i}=t,{dtype:a,depth:o,onValue:s,offValue:c}=r,l=n.makeOutput([...i.shape,o],a),u=n.dataIdMap.get(l.dataId).id,d=n.dataIdMap.get(i.dataId).id;return cc(d,o,s,c,u),l}const dc={kernelName:Me,backendName:`wasm`,setupFunc:lc,kernelFunc:uc};
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
function fc(e){let{inputs:{x:t},backend:n}=e,r=n.makeOutput(t.shape,t.dtype);return n.typedArrayFromHeap(r).fill(1),r}const pc={kernelName:Le,backendName:`wasm`,kernelFunc:fc};
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
function mc(e){let{inputs:t,backend:n,attrs:r}=e,{axis:i}=r;if(t.length===1)return Ga({inputs:{input:t[0]},backend:n,attrs:{dim:i}});let a=t[0].shape,o=t[0].dtype;t.forEach(e=>{qe(a,e.shape,`All tensors passed to stack must have matching shapes`),V(o===e.dtype,()=>`All tensors passed to stack must have matching dtypes`)});let s=[],c=Ei({inputs:t.map(e=>{let t=Ga({inputs:{input:e},backend:n,attrs:{dim:i}});return s.push(t),t}),backend:n,attrs:{axis:i}});return s.forEach(e=>n.disposeData(e.dataId)),c}const hc={kernelName:fe,backendName:`wasm`,kernelFunc:mc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let gc;function _c(e){gc=e.wasm.cwrap(n,null,[`number`,`array`,`number`,`number`,`array`,`array`,`number`,`number`])}function vc(e){let{inputs:{x:t},backend:n,attrs:{paddings:r,constantValue:i}}=e,a=r.map((e,n)=>e[0]+t.shape[n]+e[1]);if(W(t.shape)===0)return Ja({backend:n,attrs:{shape:a,value:i,dtype:t.dtype}});let o=n.dataIdMap.get(t.dataId).id,s=n.makeOutput(a,t.dtype),c=n.dataIdMap.get(s.dataId).id,l=new Uint8Array(new Int32Array(t.shape).buffer),u=r.map(e=>e[0]),d=r.map(e=>e[1]),f=new Uint8Array(new Int32Array(u).buffer),p=new Uint8Array(new Int32Array(d).buffer);return gc(o,l,t.shape.length,J[t.dtype],f,p,i,c),s}const yc={kernelName:n,backendName:`wasm`,kernelFunc:vc,setupFunc:_c},bc=X(`Pow`,!1)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
let xc;function Sc(e){xc=e.wasm.cwrap($e,null,[`number`,`number`,`number`])}function Cc(e){let{inputs:t,backend:n}=e,{x:r,alpha:i}=t,a=n.dataIdMap.get(r.dataId).id,o=n.dataIdMap.get(i.dataId).id,s=a,c=r,l=c;c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:r},attrs:{dtype:`float32`}}),s=n.dataIdMap.get(l.dataId).id);let u=n.makeOutput(r.shape,`float32`),d=n.dataIdMap.get(u.dataId).id;return xc(s,o,d),c.dtype!==`float32`&&n.disposeData(l.dataId),u}const wc={kernelName:$e,backendName:`wasm`,setupFunc:Sc,kernelFunc:Cc};
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
let Tc;function Ec(e){Tc=e.wasm.cwrap(Vt,null,[`number`,`number`,`number`,`number`])}function Dc(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Sr(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=Qn(m.length,l.shape.length))}K(`prod`,m,l.shape.length);let[h,g]=G(l.shape,m),_=W(g),v=t.makeOutput(h,l.dtype);if(W(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;Tc(c,_,J[v.dtype],e)}return p&&t.disposeData(u.dataId),a&&(v.shape=q(v.shape,f)),v}const Oc={kernelName:Vt,backendName:`wasm`,setupFunc:Ec,kernelFunc:Dc},kc={kernelName:We,backendName:`wasm`,kernelFunc:e=>{
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
let{backend:t,attrs:n}=e,{start:r,stop:i,step:a,dtype:o}=n,s=xn(r,i,a,o),c=t.makeOutput([s.length],o);return t.typedArrayFromHeap(c).set(s),c}},Ac=X(zt,!0),jc=Y(Ye),Mc=Y(bt),Nc=Y(Ht)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2022 The TensorFlow Authors. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
let Pc;function Fc(e){Pc=e.wasm.cwrap(nt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ic(e){let{backend:t,inputs:n,attrs:r}=e,{images:i}=n,{alignCorners:a,halfPixelCenters:o,size:s}=r,[c,l]=s,[u,d,f,p]=i.shape,m=[u,c,l,p],h=t.dataIdMap.get(i.dataId),g;h.dtype!==`float32`&&(g=$({backend:t,inputs:{x:i},attrs:{dtype:`float32`}}),h=t.dataIdMap.get(g.dataId));let _=h.id,v=t.makeOutput(m,`float32`);if(W(i.shape)===0)return v;let y=t.dataIdMap.get(v.dataId).id;return Pc(_,u,d,f,p,c,l,+!!a,+!!o,y),g!=null&&t.disposeData(g.dataId),v}const Lc={kernelName:nt,backendName:`wasm`,setupFunc:Fc,kernelFunc:Ic};
/**
* @license
* Copyright 2023 Google LLC.
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
let Rc;function zc(e){Rc=e.wasm.cwrap(jt,null,[`number`,`number`,`number`,`array`,`array`,`boolean`])}function Bc(e){let{inputs:t,backend:n,attrs:r}=e,{images:i,dy:a}=t,{alignCorners:o}=r,s=n.makeOutput(i.shape,`float32`),c=n.dataIdMap.get(i.dataId),l;return c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:i},attrs:{dtype:`float32`}}),c=n.dataIdMap.get(l.dataId)),Rc(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(i.shape).buffer),new Uint8Array(new Int32Array(a.shape).buffer),o),l!=null&&n.disposeData(l.dataId),s}const Vc={kernelName:jt,backendName:`wasm`,setupFunc:zc,kernelFunc:Bc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the 'License');
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an 'AS IS' BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Hc;function Uc(e){Hc=e.wasm.cwrap(Ct,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Wc(e){let{backend:t,inputs:n,attrs:r}=e,{images:i}=n,{alignCorners:a,halfPixelCenters:o,size:s}=r,[c,l]=s,[u,d,f,p]=i.shape,m=[u,c,l,p],h=t.makeOutput(m,`float32`);if(W(i.shape)===0)return h;let g=t.dataIdMap.get(i.dataId),_;g.dtype!==`float32`&&(_=$({backend:t,inputs:{x:i},attrs:{dtype:`float32`}}),g=t.dataIdMap.get(_.dataId));let v=g.id,y=t.dataIdMap.get(h.dataId).id;return Hc(v,u,d,f,p,c,l,+!!a,+!!o,y),_!=null&&t.disposeData(_.dataId),h}const Gc={kernelName:Ct,backendName:`wasm`,setupFunc:Uc,kernelFunc:Wc};
/**
* @license
* Copyright 2023 Google LLC.
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
let Kc;function qc(e){Kc=e.wasm.cwrap(ct,null,[`number`,`number`,`number`,`array`,`array`,`boolean`])}function Jc(e){let{inputs:t,backend:n,attrs:r}=e,{images:i,dy:a}=t,{alignCorners:o}=r,s=n.makeOutput(i.shape,`float32`),c=n.dataIdMap.get(i.dataId),l;return c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:i},attrs:{dtype:`float32`}}),c=n.dataIdMap.get(l.dataId)),Kc(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(i.shape).buffer),new Uint8Array(new Int32Array(a.shape).buffer),o),l!=null&&n.disposeData(l.dataId),s}const Yc={kernelName:ct,backendName:`wasm`,setupFunc:qc,kernelFunc:Jc};
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
let Xc;function Zc(e){Xc=e.wasm.cwrap(at,null,[`number`,`array`,`number`,`array`,`number`,`number`])}function Qc(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{dims:a}=r,o=I(a,i.shape);if(i.shape.length===0)return hr({inputs:{x:i},backend:n});let s=n.makeOutput(i.shape,i.dtype),c=n.dataIdMap.get(i.dataId).id,l=n.dataIdMap.get(s.dataId).id,u=new Uint8Array(new Int32Array(o).buffer),d=new Uint8Array(new Int32Array(i.shape).buffer);Xc(c,u,o.length,d,i.shape.length,l);let f=Q({inputs:{x:s},attrs:{shape:i.shape},backend:n});return n.disposeData(s.dataId),f}const $c={kernelName:at,backendName:`wasm`,kernelFunc:Qc,setupFunc:Zc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let el;function tl(e){el=e.wasm.cwrap(He,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function nl(e){let{inputs:t,backend:n,attrs:r}=e,{image:i}=t,{radians:a,fillValue:o,center:s}=r,c=n.makeOutput(i.shape,i.dtype),l=n.dataIdMap.get(i.dataId).id,u=n.dataIdMap.get(c.dataId).id,[d,f,p,m]=i.shape,[h,g]=Cn(s,f,p),_=typeof o==`number`?[o,o,o,o===0?0:255]:[...o,255],v=new Uint8Array(new Int32Array(_).buffer);return el(l,d,f,p,m,a,h,g,v,_.length,u),c}const rl={kernelName:He,backendName:`wasm`,kernelFunc:nl,setupFunc:tl},il=Y(Gt),al=Y(tn)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
let ol;function sl(e){ol=e.wasm.cwrap(Ge,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function cl(e){let{backend:t,inputs:n,attrs:r}=e,{indices:i,updates:a}=n,{shape:o}=r,s=t.makeOutput(o,a.dtype);if(W(o)===0)return s;let{sliceRank:c,numUpdates:l,sliceSize:u,strides:d,outputSize:f}=Fn(a,i,o),p=t.dataIdMap.get(i.dataId).id,m=t.dataIdMap.get(a.dataId).id,h=new Uint8Array(new Int32Array(d).buffer),g=t.dataIdMap.get(s.dataId).id;return ol(p,m,J[a.dtype],c,l,u,h,f,g),s}const ll={kernelName:Ge,backendName:`wasm`,setupFunc:sl,kernelFunc:cl};
/**
* @license
* Copyright 2023 Google LLC.
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
let ul;function dl(e){ul=e.wasm.cwrap(Zt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`bool`,`number`])}function fl(e){let{inputs:t,backend:n,attrs:r}=e,{sortedSequence:i,values:a}=t,{side:o}=r;if(i.dtype!==a.dtype)throw Error(`SearchSorted error: sorted_sequence must have the same dtype as values. Got ${i.dtype} and ${a.dtype}`);let s=n.makeOutput(a.shape,`int32`);function c(e){return n.dataIdMap.get(e.dataId).id}return ul(c(i),c(a),i.shape[0],i.shape[1],a.shape[1],J[i.dtype],o===`left`,c(s)),s}const pl={kernelName:Zt,backendName:`wasm`,setupFunc:dl,kernelFunc:fl};
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
let ml;function hl(e){ml=e.wasm.cwrap(`SelectV2`,null,[`number`,`number`,`number`,`number`,`number`])}function gl(e){let{inputs:t,backend:n}=e,{condition:r,t:i,e:a}=t,o=n.dataIdMap.get(r.dataId).id,s=n.dataIdMap.get(i.dataId).id,c=n.dataIdMap.get(a.dataId).id,l=n.makeOutput(i.shape,i.dtype),u=n.dataIdMap.get(l.dataId).id,d=r.shape.length,f=i.shape.length,p=d===0||d>1||f===1?1:W(i.shape.slice(1));return ml(o,s,c,p,u),l}const _l={kernelName:ye,backendName:`wasm`,kernelFunc:gl,setupFunc:hl},vl=Y(d)
/**
* @license
* Copyright 2023 Google LLC.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
let yl;function bl(e){yl=e.wasm.cwrap(Jt,null,[`number`,`number`])}function xl(e){let{backend:t,inputs:{x:n}}=e,r=t.dataIdMap.get(n.dataId).id,i=t.makeOutput(n.shape,n.dtype),a=t.dataIdMap.get(i.dataId).id;return W(i.shape)===0||yl(r,a),i}const Sl={kernelName:`Sigmoid`,backendName:`wasm`,setupFunc:bl,kernelFunc:xl},Cl=Y(Se),wl=Y(`Sin`),Tl=Y(_),El=Y(gt)
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2023 Google LLC.
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
/**
* @license
* Copyright 2023 Google LLC.
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
* Copyright 2021 Google LLC. All Rights Reserved.
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
function Dl(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{blockShape:a,paddings:o}=r,s=W(a),c=[[0,0]];c.push(...o);for(let e=1+a.length;e<i.shape.length;++e)c.push([0,0]);let l=yc.kernelFunc({inputs:{x:i},backend:n,attrs:{paddings:c,constantValue:0}}),u=gn(l.shape,a,s,!1),d=_n(u.length,a.length,!1),f=vn(l.shape,a,s,!1),p=Q({inputs:{x:l},backend:n,attrs:{shape:u}}),m=Z({inputs:{x:p},backend:n,attrs:{perm:d}}),h=Q({inputs:{x:m},backend:n,attrs:{shape:f}});return n.disposeData(l.dataId),n.disposeData(p.dataId),n.disposeData(m.dataId),h}const Ol={kernelName:o,backendName:`wasm`,kernelFunc:Dl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let kl;function Al(e){kl=e.wasm.cwrap(`SparseFillEmptyRows`,`number`,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function jl(e){let{backend:t,inputs:n}=e,{indices:r,values:i,denseShape:a,defaultValue:o}=n,s=r.shape[0],c=r.shape[1],l=t.readSync(a.dataId)[0],u=[s+l,c],d=t.dataIdMap.get(r.dataId).id,f=t.dataIdMap.get(i.dataId).id,p=t.dataIdMap.get(o.dataId).id,m=t.makeOutput(u,r.dtype),h=t.dataIdMap.get(m.dataId).id,g=t.makeOutput(u.slice(0,1),i.dtype),_=t.dataIdMap.get(g.dataId).id,v=t.makeOutput([l],`bool`),y=t.dataIdMap.get(v.dataId).id,b=t.makeOutput([s],r.dtype),x=t.dataIdMap.get(b.dataId).id,S=t.makeOutput([4],`int32`),C=t.dataIdMap.get(S.dataId).id,w=kl(d,f,J[i.dtype],s,l,c,p,h,_,y,x,C),T=t.readSync(S.dataId),E;switch(T[0]){case 1:E=dn(T[1]);break;case 2:E=un(T[1],T[2]);break;case 3:E=fn(T[1],T[2],T[3]);break;default:E=``}if(t.disposeData(S.dataId),E)throw t.disposeData(m.dataId),t.disposeData(g.dataId),t.disposeData(v.dataId),t.disposeData(b.dataId),Error(E);let D=m,O=g;return w!==u[0]&&(D=oi({inputs:{x:m},attrs:{begin:0,size:[w,c]},backend:t}),O=oi({inputs:{x:g},attrs:{begin:0,size:w},backend:t}),t.disposeData(m.dataId),t.disposeData(g.dataId)),[D,O,v,b]}const Ml={kernelName:pt,backendName:`wasm`,setupFunc:Al,kernelFunc:jl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Nl;function Pl(e){Nl=e.wasm.cwrap(oe,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Fl(e){let{backend:t,inputs:n}=e,{inputIndices:r,inputShape:i,newShape:a}=n;if(r.shape.length!==2)throw Error(`Input indices should be a matrix but received shape
        ${r.shape}`);if(i.shape.length!==1)throw Error(`Input shape should be a vector but received shape
        ${i.shape}`);if(a.shape.length!==1)throw Error(`Target shape should be a vector but received shape ${a.shape}`);let o=t.dataIdMap.get(r.dataId).id,s=t.dataIdMap.get(i.dataId).id,c=t.dataIdMap.get(a.dataId).id,l=r.shape[0],u=W(a.shape),d=t.makeOutput([l,u],r.dtype),f=t.dataIdMap.get(d.dataId).id,p=t.makeOutput([u],a.dtype),m=t.dataIdMap.get(p.dataId).id,h=t.makeOutput([3],`int32`),g=t.dataIdMap.get(h.dataId).id;Nl(o,s,c,l,f,m,g);let _=t.readSync(h.dataId),v;switch(_[0]){case 0:v=Ln(_[1],_[2]);break;case 1:v=hn(_[1],_[2]);break;case 2:v=Rn();break;case 3:{let e=Array.from(t.readSync(i.dataId)),n=Array.from(t.readSync(p.dataId));v=ln(e,n);break}case 4:{let e=Array.from(t.readSync(i.dataId)),n=Array.from(t.readSync(p.dataId));v=mn(e,n);break}default:v=``}if(t.disposeData(h.dataId),v)throw t.disposeData(d.dataId),t.disposeData(p.dataId),Error(v);return[d,p]}const Il={kernelName:oe,backendName:`wasm`,setupFunc:Pl,kernelFunc:Fl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Ll;function Rl(e){Ll=e.wasm.cwrap(`SparseSegmentReduction`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function zl(e,t){let{backend:n,inputs:r}=e,{data:i,indices:a,segmentIds:o}=r,s=a.shape[0],c=n.readSync(o.dataId,s-1,s)[0],l=s>0?c+1:0;if(l<0)throw Error(In());let u=i.shape.slice();u[0]=l;let d=n.dataIdMap.get(i.dataId).id,f=n.dataIdMap.get(a.dataId).id,p=n.dataIdMap.get(o.dataId).id,m=n.makeOutput(u,i.dtype),h=n.dataIdMap.get(m.dataId).id,g=n.makeOutput([4],`int32`),_=n.dataIdMap.get(g.dataId).id;Ll(d,J[i.dtype],i.shape[0],f,p,h,_,t,0);let v=n.readSync(g.dataId),y;switch(v[0]){case 0:y=In();break;case 1:y=zn();break;case 2:y=bn(v[1],v[2]);break;case 3:y=yn(v[1],v[2],v[3]);break;default:y=``}if(n.disposeData(g.dataId),y)throw n.disposeData(m.dataId),Error(y);return m}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function Bl(e){return zl(e,!0)}const Vl={kernelName:F,backendName:`wasm`,setupFunc:Rl,kernelFunc:Bl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function Hl(e){return zl(e,!1)}const Ul={kernelName:de,backendName:`wasm`,setupFunc:Rl,kernelFunc:Hl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let Wl;function Gl(e){Wl=e.wasm.cwrap(b,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function Kl(e){let{backend:t,inputs:n,attrs:r}=e,{sparseIndices:i,sparseValues:a,defaultValue:o}=n,{outputShape:s}=r,c=t.makeOutput(s,o.dtype);if(W(s)===0)return c;let{sliceRank:l,numUpdates:u,sliceSize:d,strides:f,outputSize:p}=Fn(a,i,s),m=t.dataIdMap.get(i.dataId).id,h=t.dataIdMap.get(a.dataId).id,g=t.dataIdMap.get(o.dataId).id,_=new Uint8Array(new Int32Array(f).buffer),v=t.dataIdMap.get(c.dataId).id;return Wl(m,h,a.shape.length,g,J[o.dtype],l,u,d,_,p,v),c}const ql={kernelName:b,backendName:`wasm`,setupFunc:Gl,kernelFunc:Kl};
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
function Jl(e){let{inputs:t,attrs:n,backend:r}=e,{x:i}=t,{numOrSizeSplits:a,axis:o}=n,s=I(o,i.shape)[0],c=En(i,a,s),l=Array(i.shape.length).fill(0),u=i.shape.slice();return c.map(e=>{let t=[...u];t[s]=e;let n=oi({inputs:{x:i},attrs:{begin:l,size:t},backend:r});return l[s]+=e,n})}const Yl={kernelName:A,backendName:`wasm`,kernelFunc:Jl},Xl=Y(re),Zl=Y(ge),Ql=X(on,!0)
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let $l;function eu(e){$l=e.wasm.cwrap(Oe,null,[`number`,`number`,`number`,`number`])}function tu(e){let{backend:t,inputs:n,attrs:r}=e,{alpha:i}=r,{x:a}=n,o=t.dataIdMap.get(a.dataId).id,s=t.makeOutput(a.shape,a.dtype),c=t.dataIdMap.get(s.dataId).id;return $l(o,i,J[a.dtype],c),s}const nu={kernelName:Oe,backendName:`wasm`,setupFunc:eu,kernelFunc:tu};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let ru;function iu(e){ru=e.wasm.cwrap(E,null,[`number`,`array`,`number`,`array`,`array`,`array`,`array`,`array`,`number`,`number`])}function au(e){let{backend:t,inputs:n,attrs:r}=e,{x:i}=n,{begin:a,end:o,strides:s,beginMask:c,endMask:l,ellipsisMask:u,newAxisMask:d,shrinkAxisMask:f}=r,{finalShapeSparse:p,finalShape:m,isIdentity:h,sliceDim0:g,isSimpleSlice:_,begin:v,end:y,strides:b}=Hn(i.shape,a,o,s,c,l,u,d,f),x;if(h)x=Q({inputs:{x:i},backend:t,attrs:{shape:m}});else if(g||_){V(i.shape.length>=1,()=>`Input must have rank at least 1, got: ${i.shape.length}`);let e=Vn(v,y,b),n=oi({inputs:{x:i},backend:t,attrs:{begin:v,size:e}});x=Q({inputs:{x:n},backend:t,attrs:{shape:m}}),t.disposeData(n.dataId)}else{let e=t.makeOutput(p,`float32`),n=t.dataIdMap.get(i.dataId).id,r=new Uint8Array(new Int32Array(U(i.shape)).buffer),a=new Uint8Array(new Int32Array(v).buffer),o=new Uint8Array(new Int32Array(y).buffer),s=new Uint8Array(new Int32Array(b).buffer),c=new Uint8Array(new Int32Array(p).buffer),l=new Uint8Array(new Int32Array(U(p)).buffer),u=t.dataIdMap.get(e.dataId).id;ru(n,r,i.shape.length,a,o,s,c,l,p.length,u),x=Q({inputs:{x:e},backend:t,attrs:{shape:m}}),t.disposeData(e.dataId)}return x}const ou={kernelName:E,backendName:`wasm`,setupFunc:iu,kernelFunc:au};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function su(e){let{backend:t,inputs:n,attrs:r}=e,{data:i,dataSplits:a}=n,{separator:o,nGramWidths:s,leftPad:c,rightPad:l,padWidth:u,preserveShortSequences:d}=r,f=t.readSync(i.dataId),p=t.readSync(a.dataId),[m,h]=Tn(f,p,o,s,c,l,u,d),g=t.makeOutput([m.length],`string`),_=t.dataIdMap.get(g.dataId);_.stringBytes=m;let v=t.makeOutput(a.shape,`int32`);return t.typedArrayFromHeap(v).set(h),[g,v]}const cu={kernelName:Te,backendName:`wasm`,kernelFunc:su};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function lu(e){let{backend:t,inputs:n,attrs:r}=e,{input:i,delimiter:a}=n,{skipEmpty:o}=r,s=t.readSync(i.dataId),c=t.readSync(a.dataId),[l,u,d]=jn(s,c[0],o),f=u.length,p=t.makeOutput([f,2],`int32`);t.typedArrayFromHeap(p).set(l);let m=t.makeOutput([f],`string`),h=t.dataIdMap.get(m.dataId);h.stringBytes=u;let g=t.makeOutput([2],`int32`);return t.typedArrayFromHeap(g).set(d),[p,m,g]}const uu={kernelName:B,backendName:`wasm`,kernelFunc:lu};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
function du(e){let{backend:t,inputs:n,attrs:r}=e,{input:i}=n,{numBuckets:a}=r,o=t.readSync(i.dataId),s=An(o,a),c=t.makeOutput(i.shape,`int32`);return t.typedArrayFromHeap(c).set(s),c}const fu={kernelName:C,backendName:`wasm`,kernelFunc:du},pu=X(`Sub`,!0)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2019 Google LLC. All Rights Reserved.
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
let mu;function hu(e){mu=e.wasm.cwrap(`Sum`,null,[`number`,`number`,`number`,`number`])}function gu(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=Sr(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=Qn(m.length,l.shape.length))}K(`sum`,m,l.shape.length);let[h,g]=G(l.shape,m),_=W(g),v=t.makeOutput(h,l.dtype);if(W(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;mu(c,_,J[v.dtype],e)}return p&&t.disposeData(u.dataId),a&&(v.shape=q(v.shape,f)),v}const _u={kernelName:`Sum`,backendName:`wasm`,setupFunc:hu,kernelFunc:gu},vu=Y(`Tan`),yu=Y(te)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
* Copyright 2022 Google LLC. All Rights Reserved.
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
let bu;function xu(e){bu=e.wasm.cwrap(Pt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`,`number`])}function Su(e){let{backend:t,inputs:n,attrs:r}=e,{tensor:i,indices:a,updates:o}=n,{}=r,s=t.makeOutput(i.shape,i.dtype);if(W(i.shape)===0)return s;let{sliceRank:c,numUpdates:l,sliceSize:u,strides:d,outputSize:f}=Fn(o,a,i.shape),p=t.dataIdMap.get(a.dataId).id,m=t.dataIdMap.get(o.dataId).id,h=t.dataIdMap.get(i.dataId).id,g=new Uint8Array(new Int32Array(d).buffer),_=t.dataIdMap.get(s.dataId).id;return bu(p,m,J[o.dtype],c,l,u,g,f,_,h),s}const Cu={kernelName:Pt,backendName:`wasm`,setupFunc:xu,kernelFunc:Su};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
let wu;function Tu(e){wu=e.wasm.cwrap(ee,null,[`number`,`array`,`number`,`array`,`number`,`number`])}function Eu(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,a=n.dataIdMap.get(i.dataId).id,{reps:o}=r,s=Array(i.shape.length);for(let e=0;e<s.length;e++)s[e]=i.shape[e]*o[e];let c=new Uint8Array(new Int32Array(i.shape).buffer),l=new Uint8Array(new Int32Array(s).buffer),u=n.makeOutput(s,i.dtype),d=n.dataIdMap.get(u.dataId).id;return wu(a,c,i.shape.length,l,s.length,J[u.dtype],d),u}const Du={kernelName:ee,backendName:`wasm`,setupFunc:Tu,kernelFunc:Eu};
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
let Ou;function ku(e){Ou=e.wasm.cwrap(Ie,null,[`number`,`array`,`number`,`number`,`number`,`bool`,`number`,`number`])}const Au={kernelName:Ie,backendName:`wasm`,setupFunc:ku,kernelFunc:({inputs:e,backend:t,attrs:n})=>{let{x:r}=e,{k:i,sorted:a}=n,o=t.dataIdMap.get(r.dataId).id,s=new Uint8Array(new Int32Array(r.shape).buffer),c=r.shape.slice();c[c.length-1]=i;let l=t.makeOutput(c,r.dtype),u=t.dataIdMap.get(l.dataId).id,d=t.makeOutput(c,`int32`),f=t.dataIdMap.get(d.dataId).id;return Ou(o,s,r.shape.length,J[r.dtype],i,a,u,f),[l,d]}};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
let ju;function Mu(e){ju=e.wasm.cwrap(Ne,null,[`number`,`number`,`bool`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`array`,`number`,`number`,`number`,`number`,`number`])}function Nu(e){let{backend:t,inputs:n,attrs:r}=e,{image:i,transforms:a}=n,{interpolation:o,fillMode:s,fillValue:c,outputShape:l}=r,[u,d,f,p]=i.shape,[m,h]=l??[d,f],g=[u,m,h,p],_=new Uint8Array(new Int32Array(U(i.shape)).buffer),v=new Uint8Array(new Int32Array(U(g)).buffer),y=t.makeOutput(g,i.dtype),b=t.dataIdMap.get(y.dataId).id,x=t.dataIdMap.get(i.dataId).id,S=t.dataIdMap.get(a.dataId).id,C=o===`nearest`?1:2,w;switch(s){case`constant`:w=1;break;case`reflect`:w=2;break;case`wrap`:w=3;break;case`nearest`:w=4;break;default:w=1}return ju(x,S,a.shape[0]>1,u,m,h,p,f,d,_,i.shape.length-1,v,g.length-1,C,w,c,b),y}const Pu={kernelName:Ne,backendName:`wasm`,setupFunc:Mu,kernelFunc:Nu};
/**
* @license
* Copyright 2023 Google LLC.
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
function Fu(e){let{inputs:t,attrs:n,backend:r}=e,{axis:i}=n,{x:a}=t,{outputValues:o,outputShape:s,indices:c}=Pn(r.readSync(a.dataId),i,a.shape,a.dtype);return[r.makeOutput(s,a.dtype,void 0,o),r.makeOutput([c.length],`int32`,void 0,c)]}const Iu={kernelName:pe,backendName:`wasm`,kernelFunc:Fu};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function Lu(e){let{inputs:t,backend:n,attrs:r}=e,{value:i}=t,{axis:a}=r;a<0&&(a+=i.shape.length);let o=i.shape[a],s=i.shape.length,c=Array(s-1),l=0;for(let e=0;e<s;e++)e!==a&&(c[l++]=i.shape[e]);let u=Array(o),d=Array(s).fill(0),f=i.shape.slice();f[a]=1;for(let e=0;e<u.length;e++)d[a]=e,u[e]=oi({inputs:{x:i},attrs:{begin:d,size:f},backend:n});return u.map(({dataId:e,dtype:t})=>({dataId:e,dtype:t,shape:c}))}const Ru={kernelName:r,backendName:`wasm`,kernelFunc:Lu};
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
function zu(e){let{inputs:{x:t},backend:n}=e,r=n.makeOutput(t.shape,t.dtype);return n.typedArrayFromHeap(r).fill(0),r}
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
const Bu=[or,sr,cr,lr,ur,mr,Er,Ar,Mr,Nr,Pr,Fr,Ir,Lr,Rr,Hr,ei,Kr,Xr,ai,fi,gi,_i,yi,bi,xi,Ti,Di,ji,Fi,zi,Ui,qi,Ji,Yi,ea,ia,ca,fa,ga,ba,wa,Oa,Ma,Ia,La,Va,Ha,Ua,Wa,Ka,qa,Ya,$a,eo,to,ao,lo,mo,vo,So,Co,wo,gr,To,Eo,Do,jo,Mo,No,Lo,zo,Ro,Bo,Vo,Ho,Uo,qo,Zo,ts,ns,os,us,ms,vs,Ss,Es,As,js,Is,Ws,Gs,Ks,qs,Qs,nc,oc,sc,dc,pc,hc,yc,bc,wc,Oc,kc,Ac,jc,Mc,Nc,ti,Lc,Vc,Gc,Yc,$c,rl,il,al,ll,pl,_l,vl,Sl,Cl,wl,Tl,ui,Bs,El,Ol,Ml,Il,Vl,Ul,ql,Yl,Xl,Zl,Ql,nu,ou,cu,uu,fu,pu,_u,vu,yu,Cu,Du,Au,Pu,xr,Iu,Ru,{kernelName:Bt,backendName:`wasm`,kernelFunc:zu}];for(let e of Bu)kt(e);
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
const Vu=It();Vu.registerFlag(`WASM_HAS_SIMD_SUPPORT`,async()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,9,1,7,0,65,0,253,15,26,11]))}catch{return!1}}),Vu.registerFlag(`WASM_HAS_MULTITHREAD_SUPPORT`,async()=>{if(Vu.get(`IS_NODE`))return!1;try{return new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))}catch{return!1}});var Hu=/* @__PURE__ */ t(((e,t)=>{var n=(()=>{var e=typeof document<`u`&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<`u`&&(e||=__filename),(function(t){t||={};function n(){return M.buffer!=F&&L(M.buffer),I}function r(){return M.buffer!=F&&L(M.buffer),ce}function i(){return M.buffer!=F&&L(M.buffer),le}function o(){return M.buffer!=F&&L(M.buffer),ue}function s(){return M.buffer!=F&&L(M.buffer),de}var c=t===void 0?{}:t,l,u;c.ready=new Promise(function(e,t){l=e,u=t});var d;typeof process<`u`&&process.listeners&&(d={uncaughtException:process.listeners(`uncaughtException`),unhandledRejection:process.listeners(`unhandledRejection`)});var f=Object.assign({},c),p=[],m=(e,t)=>{throw t},h=typeof window==`object`,g=typeof importScripts==`function`,_=typeof process==`object`&&typeof process.versions==`object`&&typeof process.versions.node==`string`,v=c.ENVIRONMENT_IS_PTHREAD||!1,y=``;function b(e){return c.locateFile?c.locateFile(e,y):y+e}var x,S,C;function w(e){e instanceof Fe||A(`exiting due to exception: `+e)}if(_){var T=a(),E=a();y=g?E.dirname(y)+`/`:__dirname+`/`,x=(e,t)=>(e=Ae(e)?new URL(e):E.normalize(e),T.readFileSync(e,t?void 0:`utf8`)),C=e=>{var t=x(e,!0);return t.buffer||(t=new Uint8Array(t)),t},S=(e,t,n)=>{e=Ae(e)?new URL(e):E.normalize(e),T.readFile(e,function(e,r){e?n(e):t(r.buffer)})},process.argv.length>1&&process.argv[1].replace(/\\/g,`/`),p=process.argv.slice(2),process.on(`uncaughtException`,function(e){if(!(e instanceof Fe))throw e}),process.on(`unhandledRejection`,function(e){throw e}),m=(e,t)=>{if(ge())throw process.exitCode=e,t;w(t),process.exit(e)},c.inspect=function(){return`[Emscripten Module object]`};let e;try{e=a()}catch(e){throw console.error(`The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?`),e}global.Worker=e.Worker}else(h||g)&&(g?y=self.location.href:typeof document<`u`&&document.currentScript&&(y=document.currentScript.src),e!==void 0&&e&&(y=e),y=y.indexOf(`blob:`)===0?``:y.substr(0,y.replace(/[?#].*/,``).lastIndexOf(`/`)+1),_||(x=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.send(null),t.responseText},g&&(C=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.responseType=`arraybuffer`,t.send(null),new Uint8Array(t.response)}),S=(e,t,n)=>{var r=new XMLHttpRequest;r.open(`GET`,e,!0),r.responseType=`arraybuffer`,r.onload=()=>{r.status==200||r.status==0&&r.response?t(r.response):n()},r.onerror=n,r.send(null)}));_&&typeof performance>`u`&&(global.performance=a().performance);var D=console.log.bind(console),O=console.warn.bind(console);_&&(D=e=>T.writeSync(1,e+`
`),O=e=>T.writeSync(2,e+`
`));var k=c.print||D,A=c.printErr||O;Object.assign(c,f),f=null,c.arguments&&(p=c.arguments),c.thisProgram&&c.thisProgram,c.quit&&(m=c.quit),Atomics.load,Atomics.store,Atomics.compareExchange;var j;c.wasmBinary&&(j=c.wasmBinary);var ee=c.noExitRuntime||!0;typeof WebAssembly!=`object`&&De(`no native wasm support detected`);var M,te,N=!1,P;function ne(e,t){e||De(t)}var re=typeof TextDecoder<`u`?new TextDecoder(`utf8`):void 0;function ie(e,t,n){t>>>=0;for(var r=t+n,i=t;e[i]&&!(i>=r);)++i;if(i-t>16&&e.buffer&&re)return re.decode(e.buffer instanceof SharedArrayBuffer?e.slice(t,i):e.subarray(t,i));for(var a=``;t<i;){var o=e[t++];if(!(o&128))a+=String.fromCharCode(o);else{var s=e[t++]&63;if((o&224)==192)a+=String.fromCharCode((o&31)<<6|s);else{var c=e[t++]&63;if(o=(o&240)==224?(o&15)<<12|s<<6|c:(o&7)<<18|s<<12|c<<6|e[t++]&63,o<65536)a+=String.fromCharCode(o);else{var l=o-65536;a+=String.fromCharCode(55296|l>>10,56320|l&1023)}}}}return a}function ae(e,t){return e>>>=0,e?ie(r(),e,t):``}function oe(e,t,n,r){if(n>>>=0,!(r>0))return 0;for(var i=n,a=n+r-1,o=0;o<e.length;++o){var s=e.charCodeAt(o);if(s>=55296&&s<=57343){var c=e.charCodeAt(++o);s=65536+((s&1023)<<10)|c&1023}if(s<=127){if(n>=a)break;t[n++>>>0]=s}else if(s<=2047){if(n+1>=a)break;t[n++>>>0]=192|s>>6,t[n++>>>0]=128|s&63}else if(s<=65535){if(n+2>=a)break;t[n++>>>0]=224|s>>12,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}else{if(n+3>=a)break;t[n++>>>0]=240|s>>18,t[n++>>>0]=128|s>>12&63,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}}return t[n>>>0]=0,n-i}function se(e,t,n){return oe(e,r(),t,n)}var F,I,ce,le,ue,de;v&&(F=c.buffer);function L(e){F=e,c.HEAP8=I=new Int8Array(e),c.HEAP16=new Int16Array(e),c.HEAP32=le=new Int32Array(e),c.HEAPU8=ce=new Uint8Array(e),c.HEAPU16=new Uint16Array(e),c.HEAPU32=ue=new Uint32Array(e),c.HEAPF32=new Float32Array(e),c.HEAPF64=de=new Float64Array(e)}var fe=c.INITIAL_MEMORY||16777216;if(v)M=c.wasmMemory,F=c.buffer;else if(c.wasmMemory)M=c.wasmMemory;else if(M=new WebAssembly.Memory({initial:fe/65536,maximum:65536,shared:!0}),!(M.buffer instanceof SharedArrayBuffer))throw A(`requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag`),_&&A(`(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)`),Error(`bad memory`);M&&(F=M.buffer),fe=F.byteLength,L(F);var pe,me=[],R=[],he=[];function ge(){return ee}function _e(){if(c.preRun)for(typeof c.preRun==`function`&&(c.preRun=[c.preRun]);c.preRun.length;)be(c.preRun.shift());We(me)}function ve(){v||We(R)}function ye(){if(!v){if(c.postRun)for(typeof c.postRun==`function`&&(c.postRun=[c.postRun]);c.postRun.length;)Se(c.postRun.shift());We(he)}}function be(e){me.unshift(e)}function xe(e){R.unshift(e)}function Se(e){he.unshift(e)}var z=0,Ce=null,we=null;function Te(e){z++,c.monitorRunDependencies&&c.monitorRunDependencies(z)}function Ee(e){if(z--,c.monitorRunDependencies&&c.monitorRunDependencies(z),z==0&&(Ce!==null&&(clearInterval(Ce),Ce=null),we)){var t=we;we=null,t()}}function De(e){c.onAbort&&c.onAbort(e),e=`Aborted(`+e+`)`,A(e),N=!0,P=1,e+=`. Build with -sASSERTIONS for more info.`;var t=new WebAssembly.RuntimeError(e);throw u(t),t}var Oe=`data:application/octet-stream;base64,`;function ke(e){return e.startsWith(Oe)}function Ae(e){return e.startsWith(`file://`)}var B=`tfjs-backend-wasm-threaded-simd.wasm`;ke(B)||(B=b(B));function je(e){try{if(e==B&&j)return new Uint8Array(j);if(C)return C(e);throw`both async and sync fetching of the wasm failed`}catch(e){De(e)}}function Me(){if(!j&&(h||g)){if(typeof fetch==`function`&&!Ae(B))return fetch(B,{credentials:`same-origin`}).then(function(e){if(!e.ok)throw`failed to load wasm binary file at '`+B+`'`;return e.arrayBuffer()}).catch(function(){return je(B)});if(S)return new Promise(function(e,t){S(B,function(t){e(new Uint8Array(t))},t)})}return Promise.resolve().then(function(){return je(B)})}function Ne(){var e={env:jt,wasi_snapshot_preview1:jt};function t(e,t){if(c.asm=e.exports,U(c.asm._emscripten_tls_init),pe=c.asm.__indirect_function_table,xe(c.asm.__wasm_call_ctors),te=t,!v){var n=H.unusedWorkers.length;H.unusedWorkers.forEach(function(e){H.loadWasmModuleToWorker(e,function(){--n||Ee(`wasm-instantiate`)})})}}v||Te(`wasm-instantiate`);function n(e){t(e.instance,e.module)}function r(t){return Me().then(function(t){return WebAssembly.instantiate(t,e)}).then(function(e){return e}).then(t,function(e){A(`failed to asynchronously prepare wasm: `+e),De(e)})}function i(){return!j&&typeof WebAssembly.instantiateStreaming==`function`&&!ke(B)&&!Ae(B)&&!_&&typeof fetch==`function`?fetch(B,{credentials:`same-origin`}).then(function(t){return WebAssembly.instantiateStreaming(t,e).then(n,function(e){return A(`wasm streaming compile failed: `+e),A(`falling back to ArrayBuffer instantiation`),r(n)})}):r(n)}if(c.instantiateWasm)try{return c.instantiateWasm(e,t)}catch(e){A(`Module.instantiateWasm callback failed with error: `+e),u(e)}return i().catch(u),{}}var Pe={};function Fe(e){this.name=`ExitStatus`,this.message=`Program terminated with exit(`+e+`)`,this.status=e}function Ie(e){var t=H.pthreads[e];delete H.pthreads[e],t.terminate(),vi(e),H.runningWorkers.splice(H.runningWorkers.indexOf(t),1),t.pthread_ptr=0}function Le(e){H.pthreads[e].postMessage({cmd:`cancel`})}function Re(e){var t=H.pthreads[e];ne(t),H.returnWorkerToPool(t)}function ze(e){var t=H.getNewWorker();if(!t)return 6;H.runningWorkers.push(t),H.pthreads[e.pthread_ptr]=t,t.pthread_ptr=e.pthread_ptr;var n={cmd:`run`,start_routine:e.startRoutine,arg:e.arg,pthread_ptr:e.pthread_ptr};return t.runPthread=()=>{_&&t.ref(),t.postMessage(n,e.transferList),delete t.runPthread},t.loaded&&t.runPthread(),0}var Be={varargs:void 0,get:function(){return Be.varargs+=4,i()[Be.varargs-4>>>2]},getStr:function(e){return ae(e)}};function Ve(e){if(v)return ht(1,1,e);P=e,ge()||(H.terminateAllThreads(),c.onExit&&c.onExit(e),N=!0),m(e,new Fe(e))}function He(e,t){if(P=e,!t&&v)throw Ke(e),`unwind`;Ve(e)}var Ue=He;function V(e){if(e instanceof Fe||e==`unwind`)return P;m(1,e)}var H={unusedWorkers:[],runningWorkers:[],tlsInitFunctions:[],pthreads:{},init:function(){v?H.initWorker():H.initMainThread()},initMainThread:function(){for(var e=8;e--;)H.allocateUnusedWorker()},initWorker:function(){ee=!1},setExitStatus:function(e){P=e},terminateAllThreads:function(){for(var e of Object.values(H.pthreads))H.returnWorkerToPool(e);for(var e of H.unusedWorkers)e.terminate();H.unusedWorkers=[]},returnWorkerToPool:function(e){var t=e.pthread_ptr;delete H.pthreads[t],H.unusedWorkers.push(e),H.runningWorkers.splice(H.runningWorkers.indexOf(e),1),e.pthread_ptr=0,_&&e.unref(),vi(t)},receiveObjectTransfer:function(e){},threadInitTLS:function(){H.tlsInitFunctions.forEach(e=>e())},loadWasmModuleToWorker:function(t,n){t.onmessage=e=>{var r=e.data,i=r.cmd;if(t.pthread_ptr&&(H.currentProxiedOperationCallerThread=t.pthread_ptr),r.targetThread&&r.targetThread!=li()){var a=H.pthreads[r.targetThread];a?a.postMessage(r,r.transferList):A(`Internal error! Worker sent a message "`+i+`" to target pthread `+r.targetThread+`, but that thread no longer exists!`),H.currentProxiedOperationCallerThread=void 0}else i===`processProxyingQueue`?rt(r.queue):i===`spawnThread`?ze(r):i===`cleanupThread`?Re(r.thread):i===`killThread`?Ie(r.thread):i===`cancelThread`?Le(r.thread):i===`loaded`?(t.loaded=!0,_&&t.unref(),n&&n(t),t.runPthread&&t.runPthread()):i===`print`?k(`Thread `+r.threadId+`: `+r.text):i===`printErr`?A(`Thread `+r.threadId+`: `+r.text):i===`alert`?alert(`Thread `+r.threadId+`: `+r.text):r.target===`setimmediate`?t.postMessage(r):i===`callHandler`?c[r.handler](...r.args):i&&A(`worker sent an unknown command `+i),H.currentProxiedOperationCallerThread=void 0},t.onerror=e=>{throw A(`worker sent an error! `+e.filename+`:`+e.lineno+`: `+e.message),e},_&&(t.on(`message`,function(e){t.onmessage({data:e})}),t.on(`error`,function(e){t.onerror(e)}),t.on(`detachedExit`,function(){}));var r=[];for(var i of[`onExit`,`onAbort`,`print`,`printErr`])c.hasOwnProperty(i)&&r.push(i);t.postMessage({cmd:`load`,handlers:r,urlOrBlob:c.mainScriptUrlOrBlob||e,wasmMemory:M,wasmModule:te})},allocateUnusedWorker:function(){var e,t=b(`tfjs-backend-wasm-threaded-simd.worker.js`);e=new Worker(t),H.unusedWorkers.push(e)},getNewWorker:function(){return H.unusedWorkers.length==0&&(H.allocateUnusedWorker(),H.loadWasmModuleToWorker(H.unusedWorkers[0])),H.unusedWorkers.pop()}};c.PThread=H;function We(e){for(;e.length>0;)e.shift()(c)}function Ge(){var e=li(),t=i()[e+52>>>2],n=t-i()[e+56>>>2];$(t,n),xi(t)}c.establishStackSpace=Ge;function Ke(e){if(v)return ht(2,0,e);try{Ue(e)}catch(e){V(e)}}var qe=[];function Je(e){var t=qe[e];return t||(e>=qe.length&&(qe.length=e+1),qe[e]=t=pe.get(e)),t}function Ye(e,t){var n=Je(e)(t);ge()?H.setExitStatus(n):yi(n)}c.invokeEntryPoint=Ye;function U(e){H.tlsInitFunctions.push(e)}function Xe(e){di(e,!g,1,!h),H.threadInitTLS()}function Ze(e){v?postMessage({cmd:`cleanupThread`,thread:e}):Re(e)}function Qe(e,t,n,r){return v?ht(3,1,e,t,n,r):$e(e,t,n,r)}function $e(e,t,n,r){if(typeof SharedArrayBuffer>`u`)return A(`Current environment does not support SharedArrayBuffer, pthreads are not available!`),6;var i=[];if(v&&i.length===0)return Qe(e,t,n,r);var a={startRoutine:n,pthread_ptr:e,arg:r,transferList:i};return v?(a.cmd=`spawnThread`,postMessage(a,i),0):ze(a)}function et(){return 65536}var tt=!0;function nt(){return tt}function rt(e){Atomics.store(i(),e>>2,1),li()&&_i(e),Atomics.compareExchange(i(),e>>2,1,0)}c.executeNotifiedProxyingQueue=rt;function it(e,t,n,r){if(e==t)setTimeout(()=>rt(r));else if(v)postMessage({targetThread:e,cmd:`processProxyingQueue`,queue:r});else{var i=H.pthreads[e];if(!i)return;i.postMessage({cmd:`processProxyingQueue`,queue:r})}return 1}function at(e,t,n){return-1}function ot(){De(``)}function st(e){st.shown||={},st.shown[e]||(st.shown[e]=1,_&&(e=`warning: `+e),A(e))}function ct(){_||g||st(`Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread`)}function lt(){return Date.now()}function ut(){return 4294901760}function dt(){return ut()}var W=_?()=>{var e=process.hrtime();return e[0]*1e3+e[1]/1e6}:()=>performance.timeOrigin+performance.now();function ft(e,t,n){r().copyWithin(e>>>0,t>>>0,t+n>>>0)}function pt(){return _?a().cpus().length:navigator.hardwareConcurrency}function mt(e){var t=bi(),n=e();return xi(t),n}function ht(e,t){var n=arguments.length-2,r=arguments;return mt(()=>{for(var i=n,a=Si(i*8),o=a>>3,c=0;c<n;c++){var l=r[2+c];s()[o+c>>>0]=l}return hi(e,i,a,t)})}var gt=[];function _t(e,t,n){gt.length=t;for(var r=n>>3,i=0;i<t;i++)gt[i]=s()[r+i>>>0];return(e<0?Pe[-e-1]:At[e]).apply(null,gt)}function vt(e){try{return M.grow(e-F.byteLength+65535>>>16),L(M.buffer),1}catch{}}function yt(e){var t=r().length;if(e>>>=0,e<=t)return!1;var n=ut();if(e>n)return!1;let i=(e,t)=>e+(t-e%t)%t;for(var a=1;a<=4;a*=2){var o=t*(1+.2/a);if(o=Math.min(o,e+100663296),vt(Math.min(n,i(Math.max(e,o),65536))))return!0}return!1}function bt(){throw`unwind`}function xt(e){return v?ht(4,1,e):52}function St(e,t,n,r,i){return v?ht(5,1,e,t,n,r,i):70}var Ct=[null,[],[]];function wt(e,t){var n=Ct[e];t===0||t===10?((e===1?k:A)(ie(n,0)),n.length=0):n.push(t)}function Tt(e,t,n,i){if(v)return ht(6,1,e,t,n,i);for(var a=0,s=0;s<n;s++){var c=o()[t>>>2],l=o()[t+4>>>2];t+=8;for(var u=0;u<l;u++)wt(e,r()[c+u>>>0]);a+=l}return o()[i>>>2]=a,0}function Et(e){return c[`_`+e]}function Dt(e,t){n().set(e,t>>>0)}function Ot(e,t,n,r,i){var a={string:e=>{var t=0;if(e!=null&&e!==0){var n=(e.length<<2)+1;t=Si(n),se(e,t,n)}return t},array:e=>{var t=Si(e.length);return Dt(e,t),t}};function o(e){return t===`string`?ae(e):t===`boolean`?!!e:e}var s=Et(e),c=[],l=0;if(r)for(var u=0;u<r.length;u++){var d=a[n[u]];d?(l===0&&(l=bi()),c[u]=d(r[u])):c[u]=r[u]}var f=s.apply(null,c);function p(e){return l!==0&&xi(l),o(e)}return f=p(f),f}function kt(e,t,n,r){n||=[];var i=n.every(e=>e===`number`||e===`boolean`);return t!==`string`&&i&&!r?Et(e):function(){return Ot(e,t,n,arguments,r)}}H.init();var At=[null,Ve,Ke,Qe,xt,St,Tt],jt={__emscripten_init_main_thread_js:Xe,__emscripten_thread_cleanup:Ze,__pthread_create_js:$e,_emscripten_default_pthread_stack_size:et,_emscripten_get_now_is_monotonic:nt,_emscripten_notify_task_queue:it,_emscripten_set_offscreencanvas_size:at,abort:ot,emscripten_check_blocking_allowed:ct,emscripten_date_now:lt,emscripten_get_heap_max:dt,emscripten_get_now:W,emscripten_memcpy_big:ft,emscripten_num_logical_cores:pt,emscripten_receive_on_main_thread_js:_t,emscripten_resize_heap:yt,emscripten_unwind_to_js_event_loop:bt,exit:Ue,fd_close:xt,fd_seek:St,fd_write:Tt,memory:M||c.wasmMemory};Ne();var Mt=c.___wasm_call_ctors=function(){return(Mt=c.___wasm_call_ctors=c.asm.__wasm_call_ctors).apply(null,arguments)},Nt=c._init=function(){return(Nt=c._init=c.asm.init).apply(null,arguments)},Pt=c._init_with_threads_count=function(){return(Pt=c._init_with_threads_count=c.asm.init_with_threads_count).apply(null,arguments)},Ft=c._get_threads_count=function(){return(Ft=c._get_threads_count=c.asm.get_threads_count).apply(null,arguments)},It=c._register_tensor=function(){return(It=c._register_tensor=c.asm.register_tensor).apply(null,arguments)},Lt=c._dispose_data=function(){return(Lt=c._dispose_data=c.asm.dispose_data).apply(null,arguments)},Rt=c._dispose=function(){return(Rt=c._dispose=c.asm.dispose).apply(null,arguments)},zt=c._Abs=function(){return(zt=c._Abs=c.asm.Abs).apply(null,arguments)},Bt=c._Acos=function(){return(Bt=c._Acos=c.asm.Acos).apply(null,arguments)},Vt=c._Acosh=function(){return(Vt=c._Acosh=c.asm.Acosh).apply(null,arguments)},Ht=c._Add=function(){return(Ht=c._Add=c.asm.Add).apply(null,arguments)},Ut=c._AddN=function(){return(Ut=c._AddN=c.asm.AddN).apply(null,arguments)},Wt=c._All=function(){return(Wt=c._All=c.asm.All).apply(null,arguments)},Gt=c._Any=function(){return(Gt=c._Any=c.asm.Any).apply(null,arguments)},Kt=c._ArgMax=function(){return(Kt=c._ArgMax=c.asm.ArgMax).apply(null,arguments)},qt=c._ArgMin=function(){return(qt=c._ArgMin=c.asm.ArgMin).apply(null,arguments)},Jt=c._Asin=function(){return(Jt=c._Asin=c.asm.Asin).apply(null,arguments)},Yt=c._Asinh=function(){return(Yt=c._Asinh=c.asm.Asinh).apply(null,arguments)},Xt=c._Atan=function(){return(Xt=c._Atan=c.asm.Atan).apply(null,arguments)},Zt=c._Atan2=function(){return(Zt=c._Atan2=c.asm.Atan2).apply(null,arguments)},Qt=c._Atanh=function(){return(Qt=c._Atanh=c.asm.Atanh).apply(null,arguments)},$t=c._AvgPool=function(){return($t=c._AvgPool=c.asm.AvgPool).apply(null,arguments)},en=c._AvgPool3D=function(){return(en=c._AvgPool3D=c.asm.AvgPool3D).apply(null,arguments)},tn=c._AvgPool3DGrad=function(){return(tn=c._AvgPool3DGrad=c.asm.AvgPool3DGrad).apply(null,arguments)},nn=c._AvgPoolGrad=function(){return(nn=c._AvgPoolGrad=c.asm.AvgPoolGrad).apply(null,arguments)},rn=c._BatchMatMul=function(){return(rn=c._BatchMatMul=c.asm.BatchMatMul).apply(null,arguments)},an=c._Bincount=function(){return(an=c._Bincount=c.asm.Bincount).apply(null,arguments)},on=c._BitwiseAnd=function(){return(on=c._BitwiseAnd=c.asm.BitwiseAnd).apply(null,arguments)},sn=c._Ceil=function(){return(sn=c._Ceil=c.asm.Ceil).apply(null,arguments)},cn=c._ClipByValue=function(){return(cn=c._ClipByValue=c.asm.ClipByValue).apply(null,arguments)},ln=c._Conv2D=function(){return(ln=c._Conv2D=c.asm.Conv2D).apply(null,arguments)},un=c._Conv2DBackpropInput=function(){return(un=c._Conv2DBackpropInput=c.asm.Conv2DBackpropInput).apply(null,arguments)},dn=c._Conv3D=function(){return(dn=c._Conv3D=c.asm.Conv3D).apply(null,arguments)},fn=c._Conv3DBackpropFilterV2=function(){return(fn=c._Conv3DBackpropFilterV2=c.asm.Conv3DBackpropFilterV2).apply(null,arguments)},pn=c._Conv3DBackpropInputV2=function(){return(pn=c._Conv3DBackpropInputV2=c.asm.Conv3DBackpropInputV2).apply(null,arguments)},mn=c._Cos=function(){return(mn=c._Cos=c.asm.Cos).apply(null,arguments)},hn=c._Cosh=function(){return(hn=c._Cosh=c.asm.Cosh).apply(null,arguments)},gn=c._CropAndResize=function(){return(gn=c._CropAndResize=c.asm.CropAndResize).apply(null,arguments)},_n=c._Cumprod=function(){return(_n=c._Cumprod=c.asm.Cumprod).apply(null,arguments)},vn=c._Cumsum=function(){return(vn=c._Cumsum=c.asm.Cumsum).apply(null,arguments)},yn=c._DenseBincount=function(){return(yn=c._DenseBincount=c.asm.DenseBincount).apply(null,arguments)},bn=c._DepthToSpace=function(){return(bn=c._DepthToSpace=c.asm.DepthToSpace).apply(null,arguments)},xn=c._DepthwiseConv2dNative=function(){return(xn=c._DepthwiseConv2dNative=c.asm.DepthwiseConv2dNative).apply(null,arguments)},Sn=c._Diag=function(){return(Sn=c._Diag=c.asm.Diag).apply(null,arguments)},Cn=c._Dilation2D=function(){return(Cn=c._Dilation2D=c.asm.Dilation2D).apply(null,arguments)},wn=c._Dilation2DBackpropFilter=function(){return(wn=c._Dilation2DBackpropFilter=c.asm.Dilation2DBackpropFilter).apply(null,arguments)},Tn=c._Dilation2DBackpropInput=function(){return(Tn=c._Dilation2DBackpropInput=c.asm.Dilation2DBackpropInput).apply(null,arguments)},En=c._Elu=function(){return(En=c._Elu=c.asm.Elu).apply(null,arguments)},Dn=c._EluGrad=function(){return(Dn=c._EluGrad=c.asm.EluGrad).apply(null,arguments)},On=c._Equal=function(){return(On=c._Equal=c.asm.Equal).apply(null,arguments)},kn=c._Erf=function(){return(kn=c._Erf=c.asm.Erf).apply(null,arguments)},An=c._Exp=function(){return(An=c._Exp=c.asm.Exp).apply(null,arguments)},jn=c._Expm1=function(){return(jn=c._Expm1=c.asm.Expm1).apply(null,arguments)},Mn=c._FlipLeftRight=function(){return(Mn=c._FlipLeftRight=c.asm.FlipLeftRight).apply(null,arguments)},Nn=c._Floor=function(){return(Nn=c._Floor=c.asm.Floor).apply(null,arguments)},Pn=c._FloorDiv=function(){return(Pn=c._FloorDiv=c.asm.FloorDiv).apply(null,arguments)},Fn=c._FusedBatchNorm=function(){return(Fn=c._FusedBatchNorm=c.asm.FusedBatchNorm).apply(null,arguments)},In=c._FusedConv2D=function(){return(In=c._FusedConv2D=c.asm.FusedConv2D).apply(null,arguments)},Ln=c._FusedDepthwiseConv2D=function(){return(Ln=c._FusedDepthwiseConv2D=c.asm.FusedDepthwiseConv2D).apply(null,arguments)},Rn=c._Gather=function(){return(Rn=c._Gather=c.asm.Gather).apply(null,arguments)},zn=c._GatherNd=function(){return(zn=c._GatherNd=c.asm.GatherNd).apply(null,arguments)},Bn=c._Greater=function(){return(Bn=c._Greater=c.asm.Greater).apply(null,arguments)},Vn=c._GreaterEqual=function(){return(Vn=c._GreaterEqual=c.asm.GreaterEqual).apply(null,arguments)},Hn=c._IsFinite=function(){return(Hn=c._IsFinite=c.asm.IsFinite).apply(null,arguments)},Un=c._IsInf=function(){return(Un=c._IsInf=c.asm.IsInf).apply(null,arguments)},Wn=c._IsNan=function(){return(Wn=c._IsNan=c.asm.IsNan).apply(null,arguments)},Gn=c._LRN=function(){return(Gn=c._LRN=c.asm.LRN).apply(null,arguments)},Kn=c._LRNGrad=function(){return(Kn=c._LRNGrad=c.asm.LRNGrad).apply(null,arguments)},qn=c._LeakyRelu=function(){return(qn=c._LeakyRelu=c.asm.LeakyRelu).apply(null,arguments)},Jn=c._Less=function(){return(Jn=c._Less=c.asm.Less).apply(null,arguments)},Yn=c._LessEqual=function(){return(Yn=c._LessEqual=c.asm.LessEqual).apply(null,arguments)},Xn=c._LinSpace=function(){return(Xn=c._LinSpace=c.asm.LinSpace).apply(null,arguments)},Zn=c._Log=function(){return(Zn=c._Log=c.asm.Log).apply(null,arguments)},G=c._Log1p=function(){return(G=c._Log1p=c.asm.Log1p).apply(null,arguments)},Qn=c._LogicalAnd=function(){return(Qn=c._LogicalAnd=c.asm.LogicalAnd).apply(null,arguments)},$n=c._LogicalNot=function(){return($n=c._LogicalNot=c.asm.LogicalNot).apply(null,arguments)},K=c._LogicalOr=function(){return(K=c._LogicalOr=c.asm.LogicalOr).apply(null,arguments)},q=c._LogicalXor=function(){return(q=c._LogicalXor=c.asm.LogicalXor).apply(null,arguments)},er=c._Max=function(){return(er=c._Max=c.asm.Max).apply(null,arguments)},tr=c._MaxPool=function(){return(tr=c._MaxPool=c.asm.MaxPool).apply(null,arguments)},J=c._MaxPool3D=function(){return(J=c._MaxPool3D=c.asm.MaxPool3D).apply(null,arguments)},nr=c._MaxPool3DGrad=function(){return(nr=c._MaxPool3DGrad=c.asm.MaxPool3DGrad).apply(null,arguments)},rr=c._MaxPoolGrad=function(){return(rr=c._MaxPoolGrad=c.asm.MaxPoolGrad).apply(null,arguments)},ir=c._MaxPoolWithArgmax=function(){return(ir=c._MaxPoolWithArgmax=c.asm.MaxPoolWithArgmax).apply(null,arguments)},ar=c._Maximum=function(){return(ar=c._Maximum=c.asm.Maximum).apply(null,arguments)},or=c._Mean=function(){return(or=c._Mean=c.asm.Mean).apply(null,arguments)},Y=c._Min=function(){return(Y=c._Min=c.asm.Min).apply(null,arguments)},sr=c._Minimum=function(){return(sr=c._Minimum=c.asm.Minimum).apply(null,arguments)},cr=c._MirrorPad=function(){return(cr=c._MirrorPad=c.asm.MirrorPad).apply(null,arguments)},lr=c._Mod=function(){return(lr=c._Mod=c.asm.Mod).apply(null,arguments)},X=c._Multinomial=function(){return(X=c._Multinomial=c.asm.Multinomial).apply(null,arguments)},ur=c._Multiply=function(){return(ur=c._Multiply=c.asm.Multiply).apply(null,arguments)},dr=c._Neg=function(){return(dr=c._Neg=c.asm.Neg).apply(null,arguments)},fr=c._NonMaxSuppressionV3=function(){return(fr=c._NonMaxSuppressionV3=c.asm.NonMaxSuppressionV3).apply(null,arguments)},pr=c._NonMaxSuppressionV4=function(){return(pr=c._NonMaxSuppressionV4=c.asm.NonMaxSuppressionV4).apply(null,arguments)},mr=c._NonMaxSuppressionV5=function(){return(mr=c._NonMaxSuppressionV5=c.asm.NonMaxSuppressionV5).apply(null,arguments)},hr=c._NotEqual=function(){return(hr=c._NotEqual=c.asm.NotEqual).apply(null,arguments)},gr=c._OneHot=function(){return(gr=c._OneHot=c.asm.OneHot).apply(null,arguments)},_r=c._PadV2=function(){return(_r=c._PadV2=c.asm.PadV2).apply(null,arguments)},vr=c._Pow=function(){return(vr=c._Pow=c.asm.Pow).apply(null,arguments)},Z=c._Prelu=function(){return(Z=c._Prelu=c.asm.Prelu).apply(null,arguments)},yr=c._Prod=function(){return(yr=c._Prod=c.asm.Prod).apply(null,arguments)},br=c._RealDiv=function(){return(br=c._RealDiv=c.asm.RealDiv).apply(null,arguments)},xr=c._Reciprocal=function(){return(xr=c._Reciprocal=c.asm.Reciprocal).apply(null,arguments)},Sr=c._Relu=function(){return(Sr=c._Relu=c.asm.Relu).apply(null,arguments)},Cr=c._Relu6=function(){return(Cr=c._Relu6=c.asm.Relu6).apply(null,arguments)},wr=c._ResizeBilinear=function(){return(wr=c._ResizeBilinear=c.asm.ResizeBilinear).apply(null,arguments)},Tr=c._ResizeBilinearGrad=function(){return(Tr=c._ResizeBilinearGrad=c.asm.ResizeBilinearGrad).apply(null,arguments)},Er=c._ResizeNearestNeighbor=function(){return(Er=c._ResizeNearestNeighbor=c.asm.ResizeNearestNeighbor).apply(null,arguments)},Dr=c._ResizeNearestNeighborGrad=function(){return(Dr=c._ResizeNearestNeighborGrad=c.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Or=c._Reverse=function(){return(Or=c._Reverse=c.asm.Reverse).apply(null,arguments)},kr=c._RotateWithOffset=function(){return(kr=c._RotateWithOffset=c.asm.RotateWithOffset).apply(null,arguments)},Ar=c._Round=function(){return(Ar=c._Round=c.asm.Round).apply(null,arguments)},jr=c._Rsqrt=function(){return(jr=c._Rsqrt=c.asm.Rsqrt).apply(null,arguments)},Mr=c._ScatterNd=function(){return(Mr=c._ScatterNd=c.asm.ScatterNd).apply(null,arguments)},Nr=c._SearchSorted=function(){return(Nr=c._SearchSorted=c.asm.SearchSorted).apply(null,arguments)},Pr=c._SelectV2=function(){return(Pr=c._SelectV2=c.asm.SelectV2).apply(null,arguments)},Fr=c._Selu=function(){return(Fr=c._Selu=c.asm.Selu).apply(null,arguments)},Ir=c._Sigmoid=function(){return(Ir=c._Sigmoid=c.asm.Sigmoid).apply(null,arguments)},Lr=c._Sign=function(){return(Lr=c._Sign=c.asm.Sign).apply(null,arguments)},Rr=c._Sin=function(){return(Rr=c._Sin=c.asm.Sin).apply(null,arguments)},zr=c._Sinh=function(){return(zr=c._Sinh=c.asm.Sinh).apply(null,arguments)},Br=c._Softmax=function(){return(Br=c._Softmax=c.asm.Softmax).apply(null,arguments)},Vr=c._Softplus=function(){return(Vr=c._Softplus=c.asm.Softplus).apply(null,arguments)},Hr=c._SparseFillEmptyRows=function(){return(Hr=c._SparseFillEmptyRows=c.asm.SparseFillEmptyRows).apply(null,arguments)},Ur=c._SparseReshape=function(){return(Ur=c._SparseReshape=c.asm.SparseReshape).apply(null,arguments)},Wr=c._SparseSegmentReduction=function(){return(Wr=c._SparseSegmentReduction=c.asm.SparseSegmentReduction).apply(null,arguments)},Gr=c._SparseToDense=function(){return(Gr=c._SparseToDense=c.asm.SparseToDense).apply(null,arguments)},Kr=c._Sqrt=function(){return(Kr=c._Sqrt=c.asm.Sqrt).apply(null,arguments)},qr=c._Square=function(){return(qr=c._Square=c.asm.Square).apply(null,arguments)},Jr=c._SquaredDifference=function(){return(Jr=c._SquaredDifference=c.asm.SquaredDifference).apply(null,arguments)},Yr=c._Step=function(){return(Yr=c._Step=c.asm.Step).apply(null,arguments)},Xr=c._StridedSlice=function(){return(Xr=c._StridedSlice=c.asm.StridedSlice).apply(null,arguments)},Zr=c._Sub=function(){return(Zr=c._Sub=c.asm.Sub).apply(null,arguments)},Qr=c._Sum=function(){return(Qr=c._Sum=c.asm.Sum).apply(null,arguments)},$r=c._Tan=function(){return($r=c._Tan=c.asm.Tan).apply(null,arguments)},ei=c._Tanh=function(){return(ei=c._Tanh=c.asm.Tanh).apply(null,arguments)},Q=c._TensorScatterUpdate=function(){return(Q=c._TensorScatterUpdate=c.asm.TensorScatterUpdate).apply(null,arguments)},ti=c._Tile=function(){return(ti=c._Tile=c.asm.Tile).apply(null,arguments)},ni=c._TopK=function(){return(ni=c._TopK=c.asm.TopK).apply(null,arguments)},ri=c._Transform=function(){return(ri=c._Transform=c.asm.Transform).apply(null,arguments)},ii=c._Transpose=function(){return(ii=c._Transpose=c.asm.Transpose).apply(null,arguments)},ai=c.__FusedMatMul=function(){return(ai=c.__FusedMatMul=c.asm._FusedMatMul).apply(null,arguments)},oi=c._malloc=function(){return(oi=c._malloc=c.asm.malloc).apply(null,arguments)},si=c._free=function(){return(si=c._free=c.asm.free).apply(null,arguments)},ci=c.__emscripten_tls_init=function(){return(ci=c.__emscripten_tls_init=c.asm._emscripten_tls_init).apply(null,arguments)},li=c._pthread_self=function(){return(li=c._pthread_self=c.asm.pthread_self).apply(null,arguments)},ui=c.___errno_location=function(){return(ui=c.___errno_location=c.asm.__errno_location).apply(null,arguments)},di=c.__emscripten_thread_init=function(){return(di=c.__emscripten_thread_init=c.asm._emscripten_thread_init).apply(null,arguments)},fi=c.__emscripten_thread_crashed=function(){return(fi=c.__emscripten_thread_crashed=c.asm._emscripten_thread_crashed).apply(null,arguments)},pi=c._emscripten_main_thread_process_queued_calls=function(){return(pi=c._emscripten_main_thread_process_queued_calls=c.asm.emscripten_main_thread_process_queued_calls).apply(null,arguments)},mi=c._emscripten_main_browser_thread_id=function(){return(mi=c._emscripten_main_browser_thread_id=c.asm.emscripten_main_browser_thread_id).apply(null,arguments)},hi=c._emscripten_run_in_main_runtime_thread_js=function(){return(hi=c._emscripten_run_in_main_runtime_thread_js=c.asm.emscripten_run_in_main_runtime_thread_js).apply(null,arguments)},gi=c._emscripten_dispatch_to_thread_=function(){return(gi=c._emscripten_dispatch_to_thread_=c.asm.emscripten_dispatch_to_thread_).apply(null,arguments)},_i=c.__emscripten_proxy_execute_task_queue=function(){return(_i=c.__emscripten_proxy_execute_task_queue=c.asm._emscripten_proxy_execute_task_queue).apply(null,arguments)},vi=c.__emscripten_thread_free_data=function(){return(vi=c.__emscripten_thread_free_data=c.asm._emscripten_thread_free_data).apply(null,arguments)},yi=c.__emscripten_thread_exit=function(){return(yi=c.__emscripten_thread_exit=c.asm._emscripten_thread_exit).apply(null,arguments)},$=c._emscripten_stack_set_limits=function(){return($=c._emscripten_stack_set_limits=c.asm.emscripten_stack_set_limits).apply(null,arguments)},bi=c.stackSave=function(){return(bi=c.stackSave=c.asm.stackSave).apply(null,arguments)},xi=c.stackRestore=function(){return(xi=c.stackRestore=c.asm.stackRestore).apply(null,arguments)},Si=c.stackAlloc=function(){return(Si=c.stackAlloc=c.asm.stackAlloc).apply(null,arguments)},Ci=c.dynCall_iijjiiii=function(){return(Ci=c.dynCall_iijjiiii=c.asm.dynCall_iijjiiii).apply(null,arguments)},wi=c.dynCall_jiji=function(){return(wi=c.dynCall_jiji=c.asm.dynCall_jiji).apply(null,arguments)};c.keepRuntimeAlive=ge,c.wasmMemory=M,c.cwrap=kt,c.ExitStatus=Fe,c.PThread=H;var Ti;we=function e(){Ti||Ei(),Ti||(we=e)};function Ei(e){if(e||=p,z>0)return;if(v){l(c),ve(),startWorker(c);return}if(_e(),z>0)return;function t(){Ti||(Ti=!0,c.calledRun=!0,N||(ve(),l(c),c.onRuntimeInitialized&&c.onRuntimeInitialized(),ye()))}c.setStatus?(c.setStatus(`Running...`),setTimeout(function(){setTimeout(function(){c.setStatus(``)},1),t()},1)):t()}if(c.preInit)for(typeof c.preInit==`function`&&(c.preInit=[c.preInit]);c.preInit.length>0;)c.preInit.pop()();Ei();var Di;d&&(Di={uncaughtException:process.listeners(`uncaughtException`).filter(function(e){return!d.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners(`unhandledRejection`).filter(function(e){return!d.unhandledRejection.indexOf(e)>-1})});var Oi;if(typeof WasmBackendModule<`u`)Oi=WasmBackendModule;else if(t!==void 0)Oi=t;else throw Error(`Could not find wasm module in post.js`);if(Di){var ki=Oi._dispose;Oi._dispose=function(){ki(),Di.uncaughtException.forEach(function(e){process.removeListener(`uncaughtException`,e)}),Di.unhandledRejection.forEach(function(e){process.removeListener(`unhandledRejection`,e)})}}return t.ready})})();typeof e==`object`&&typeof t==`object`?t.exports=n:typeof define==`function`&&define.amd?define([],function(){return n}):typeof e==`object`&&(e.WasmBackendModuleThreadedSimd=n)})),Uu=/* @__PURE__ */ t(((e,t)=>{t.exports.wasmWorkerContents=`"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"
");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};`})),Wu=/* @__PURE__ */ t(((e,t)=>{var n=(()=>{var e=typeof document<`u`&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<`u`&&(e||=__filename),(function(t){t||={};var n=t===void 0?{}:t,r,i;n.ready=new Promise(function(e,t){r=e,i=t});var o;typeof process<`u`&&process.listeners&&(o={uncaughtException:process.listeners(`uncaughtException`),unhandledRejection:process.listeners(`unhandledRejection`)});var s=Object.assign({},n),c=[],l=typeof window==`object`,u=typeof importScripts==`function`,d=typeof process==`object`&&typeof process.versions==`object`&&typeof process.versions.node==`string`,f=``;function p(e){return n.locateFile?n.locateFile(e,f):f+e}var m,h,g;if(d){var _=a(),v=a();f=u?v.dirname(f)+`/`:__dirname+`/`,m=(e,t)=>(e=me(e)?new URL(e):v.normalize(e),_.readFileSync(e,t?void 0:`utf8`)),g=e=>{var t=m(e,!0);return t.buffer||(t=new Uint8Array(t)),t},h=(e,t,n)=>{e=me(e)?new URL(e):v.normalize(e),_.readFile(e,function(e,r){e?n(e):t(r.buffer)})},process.argv.length>1&&process.argv[1].replace(/\\/g,`/`),c=process.argv.slice(2),process.on(`uncaughtException`,function(e){if(!(e instanceof ve))throw e}),process.on(`unhandledRejection`,function(e){throw e}),n.inspect=function(){return`[Emscripten Module object]`}}else(l||u)&&(u?f=self.location.href:typeof document<`u`&&document.currentScript&&(f=document.currentScript.src),e&&(f=e),f=f.indexOf(`blob:`)===0?``:f.substr(0,f.replace(/[?#].*/,``).lastIndexOf(`/`)+1),m=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.send(null),t.responseText},u&&(g=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.responseType=`arraybuffer`,t.send(null),new Uint8Array(t.response)}),h=(e,t,n)=>{var r=new XMLHttpRequest;r.open(`GET`,e,!0),r.responseType=`arraybuffer`,r.onload=()=>{r.status==200||r.status==0&&r.response?t(r.response):n()},r.onerror=n,r.send(null)});var y=n.print||console.log.bind(console),b=n.printErr||console.warn.bind(console);Object.assign(n,s),s=null,n.arguments&&(c=n.arguments),n.thisProgram&&n.thisProgram,n.quit&&n.quit;var x;n.wasmBinary&&(x=n.wasmBinary),n.noExitRuntime,typeof WebAssembly!=`object`&&L(`no native wasm support detected`);var S,C=!1,w=typeof TextDecoder<`u`?new TextDecoder(`utf8`):void 0;function T(e,t,n){t>>>=0;for(var r=t+n,i=t;e[i]&&!(i>=r);)++i;if(i-t>16&&e.buffer&&w)return w.decode(e.subarray(t,i));for(var a=``;t<i;){var o=e[t++];if(!(o&128))a+=String.fromCharCode(o);else{var s=e[t++]&63;if((o&224)==192)a+=String.fromCharCode((o&31)<<6|s);else{var c=e[t++]&63;if(o=(o&240)==224?(o&15)<<12|s<<6|c:(o&7)<<18|s<<12|c<<6|e[t++]&63,o<65536)a+=String.fromCharCode(o);else{var l=o-65536;a+=String.fromCharCode(55296|l>>10,56320|l&1023)}}}}return a}function E(e,t){return e>>>=0,e?T(j,e,t):``}function D(e,t,n,r){if(n>>>=0,!(r>0))return 0;for(var i=n,a=n+r-1,o=0;o<e.length;++o){var s=e.charCodeAt(o);if(s>=55296&&s<=57343){var c=e.charCodeAt(++o);s=65536+((s&1023)<<10)|c&1023}if(s<=127){if(n>=a)break;t[n++>>>0]=s}else if(s<=2047){if(n+1>=a)break;t[n++>>>0]=192|s>>6,t[n++>>>0]=128|s&63}else if(s<=65535){if(n+2>=a)break;t[n++>>>0]=224|s>>12,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}else{if(n+3>=a)break;t[n++>>>0]=240|s>>18,t[n++>>>0]=128|s>>12&63,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}}return t[n>>>0]=0,n-i}function O(e,t,n){return D(e,j,t,n)}var k,A,j,ee,M;function te(e){k=e,n.HEAP8=A=new Int8Array(e),n.HEAP16=new Int16Array(e),n.HEAP32=ee=new Int32Array(e),n.HEAPU8=j=new Uint8Array(e),n.HEAPU16=new Uint16Array(e),n.HEAPU32=M=new Uint32Array(e),n.HEAPF32=new Float32Array(e),n.HEAPF64=new Float64Array(e)}n.INITIAL_MEMORY;var N=[],P=[],ne=[];function re(){if(n.preRun)for(typeof n.preRun==`function`&&(n.preRun=[n.preRun]);n.preRun.length;)oe(n.preRun.shift());ye(N)}function ie(){ye(P)}function ae(){if(n.postRun)for(typeof n.postRun==`function`&&(n.postRun=[n.postRun]);n.postRun.length;)F(n.postRun.shift());ye(ne)}function oe(e){N.unshift(e)}function se(e){P.unshift(e)}function F(e){ne.unshift(e)}var I=0,ce=null,le=null;function ue(e){I++,n.monitorRunDependencies&&n.monitorRunDependencies(I)}function de(e){if(I--,n.monitorRunDependencies&&n.monitorRunDependencies(I),I==0&&(ce!==null&&(clearInterval(ce),ce=null),le)){var t=le;le=null,t()}}function L(e){n.onAbort&&n.onAbort(e),e=`Aborted(`+e+`)`,b(e),C=!0,e+=`. Build with -sASSERTIONS for more info.`;var t=new WebAssembly.RuntimeError(e);throw i(t),t}var fe=`data:application/octet-stream;base64,`;function pe(e){return e.startsWith(fe)}function me(e){return e.startsWith(`file://`)}var R=`tfjs-backend-wasm.wasm`;pe(R)||(R=p(R));function he(e){try{if(e==R&&x)return new Uint8Array(x);if(g)return g(e);throw`both async and sync fetching of the wasm failed`}catch(e){L(e)}}function ge(){if(!x&&(l||u)){if(typeof fetch==`function`&&!me(R))return fetch(R,{credentials:`same-origin`}).then(function(e){if(!e.ok)throw`failed to load wasm binary file at '`+R+`'`;return e.arrayBuffer()}).catch(function(){return he(R)});if(h)return new Promise(function(e,t){h(R,function(t){e(new Uint8Array(t))},t)})}return Promise.resolve().then(function(){return he(R)})}function _e(){var e={env:Pe,wasi_snapshot_preview1:Pe};function t(e,t){n.asm=e.exports,S=n.asm.memory,te(S.buffer),n.asm.__indirect_function_table,se(n.asm.__wasm_call_ctors),de(`wasm-instantiate`)}ue(`wasm-instantiate`);function r(e){t(e.instance)}function a(t){return ge().then(function(t){return WebAssembly.instantiate(t,e)}).then(function(e){return e}).then(t,function(e){b(`failed to asynchronously prepare wasm: `+e),L(e)})}function o(){return!x&&typeof WebAssembly.instantiateStreaming==`function`&&!pe(R)&&!me(R)&&!d&&typeof fetch==`function`?fetch(R,{credentials:`same-origin`}).then(function(t){return WebAssembly.instantiateStreaming(t,e).then(r,function(e){return b(`wasm streaming compile failed: `+e),b(`falling back to ArrayBuffer instantiation`),a(r)})}):a(r)}if(n.instantiateWasm)try{return n.instantiateWasm(e,t)}catch(e){b(`Module.instantiateWasm callback failed with error: `+e),i(e)}return o().catch(i),{}}function ve(e){this.name=`ExitStatus`,this.message=`Program terminated with exit(`+e+`)`,this.status=e}function ye(e){for(;e.length>0;)e.shift()(n)}function be(){L(``)}function xe(){return 4294901760}function Se(){return xe()}function z(e,t,n){j.copyWithin(e>>>0,t>>>0,t+n>>>0)}function Ce(e){try{return S.grow(e-k.byteLength+65535>>>16),te(S.buffer),1}catch{}}function we(e){var t=j.length;e>>>=0;var n=xe();if(e>n)return!1;let r=(e,t)=>e+(t-e%t)%t;for(var i=1;i<=4;i*=2){var a=t*(1+.2/i);if(a=Math.min(a,e+100663296),Ce(Math.min(n,r(Math.max(e,a),65536))))return!0}return!1}var Te={varargs:void 0,get:function(){return Te.varargs+=4,ee[Te.varargs-4>>>2]},getStr:function(e){return E(e)}};function Ee(e){return 52}function De(e,t,n,r,i){return 70}var Oe=[null,[],[]];function ke(e,t){var n=Oe[e];t===0||t===10?((e===1?y:b)(T(n,0)),n.length=0):n.push(t)}function Ae(e,t,n,r){for(var i=0,a=0;a<n;a++){var o=M[t>>>2],s=M[t+4>>>2];t+=8;for(var c=0;c<s;c++)ke(e,j[o+c>>>0]);i+=s}return M[r>>>2]=i,0}function B(e){return n[`_`+e]}function je(e,t){A.set(e,t>>>0)}function Me(e,t,n,r,i){var a={string:e=>{var t=0;if(e!=null&&e!==0){var n=(e.length<<2)+1;t=fr(n),O(e,t,n)}return t},array:e=>{var t=fr(e.length);return je(e,t),t}};function o(e){return t===`string`?E(e):t===`boolean`?!!e:e}var s=B(e),c=[],l=0;if(r)for(var u=0;u<r.length;u++){var d=a[n[u]];d?(l===0&&(l=ur()),c[u]=d(r[u])):c[u]=r[u]}var f=s.apply(null,c);function p(e){return l!==0&&dr(l),o(e)}return f=p(f),f}function Ne(e,t,n,r){n||=[];var i=n.every(e=>e===`number`||e===`boolean`);return t!==`string`&&i&&!r?B(e):function(){return Me(e,t,n,arguments,r)}}var Pe={abort:be,emscripten_get_heap_max:Se,emscripten_memcpy_big:z,emscripten_resize_heap:we,fd_close:Ee,fd_seek:De,fd_write:Ae};_e();var Fe=n.___wasm_call_ctors=function(){return(Fe=n.___wasm_call_ctors=n.asm.__wasm_call_ctors).apply(null,arguments)},Ie=n._init=function(){return(Ie=n._init=n.asm.init).apply(null,arguments)},Le=n._init_with_threads_count=function(){return(Le=n._init_with_threads_count=n.asm.init_with_threads_count).apply(null,arguments)},Re=n._get_threads_count=function(){return(Re=n._get_threads_count=n.asm.get_threads_count).apply(null,arguments)},ze=n._register_tensor=function(){return(ze=n._register_tensor=n.asm.register_tensor).apply(null,arguments)},Be=n._dispose_data=function(){return(Be=n._dispose_data=n.asm.dispose_data).apply(null,arguments)},Ve=n._dispose=function(){return(Ve=n._dispose=n.asm.dispose).apply(null,arguments)},He=n._Abs=function(){return(He=n._Abs=n.asm.Abs).apply(null,arguments)},Ue=n._Acos=function(){return(Ue=n._Acos=n.asm.Acos).apply(null,arguments)},V=n._Acosh=function(){return(V=n._Acosh=n.asm.Acosh).apply(null,arguments)},H=n._Add=function(){return(H=n._Add=n.asm.Add).apply(null,arguments)},We=n._AddN=function(){return(We=n._AddN=n.asm.AddN).apply(null,arguments)},Ge=n._All=function(){return(Ge=n._All=n.asm.All).apply(null,arguments)},Ke=n._Any=function(){return(Ke=n._Any=n.asm.Any).apply(null,arguments)},qe=n._ArgMax=function(){return(qe=n._ArgMax=n.asm.ArgMax).apply(null,arguments)},Je=n._ArgMin=function(){return(Je=n._ArgMin=n.asm.ArgMin).apply(null,arguments)},Ye=n._Asin=function(){return(Ye=n._Asin=n.asm.Asin).apply(null,arguments)},U=n._Asinh=function(){return(U=n._Asinh=n.asm.Asinh).apply(null,arguments)},Xe=n._Atan=function(){return(Xe=n._Atan=n.asm.Atan).apply(null,arguments)},Ze=n._Atan2=function(){return(Ze=n._Atan2=n.asm.Atan2).apply(null,arguments)},Qe=n._Atanh=function(){return(Qe=n._Atanh=n.asm.Atanh).apply(null,arguments)},$e=n._AvgPool=function(){return($e=n._AvgPool=n.asm.AvgPool).apply(null,arguments)},et=n._AvgPool3D=function(){return(et=n._AvgPool3D=n.asm.AvgPool3D).apply(null,arguments)},tt=n._AvgPool3DGrad=function(){return(tt=n._AvgPool3DGrad=n.asm.AvgPool3DGrad).apply(null,arguments)},nt=n._AvgPoolGrad=function(){return(nt=n._AvgPoolGrad=n.asm.AvgPoolGrad).apply(null,arguments)},rt=n._BatchMatMul=function(){return(rt=n._BatchMatMul=n.asm.BatchMatMul).apply(null,arguments)},it=n._Bincount=function(){return(it=n._Bincount=n.asm.Bincount).apply(null,arguments)},at=n._BitwiseAnd=function(){return(at=n._BitwiseAnd=n.asm.BitwiseAnd).apply(null,arguments)},ot=n._Ceil=function(){return(ot=n._Ceil=n.asm.Ceil).apply(null,arguments)},st=n._ClipByValue=function(){return(st=n._ClipByValue=n.asm.ClipByValue).apply(null,arguments)},ct=n._Conv2D=function(){return(ct=n._Conv2D=n.asm.Conv2D).apply(null,arguments)},lt=n._Conv2DBackpropInput=function(){return(lt=n._Conv2DBackpropInput=n.asm.Conv2DBackpropInput).apply(null,arguments)},ut=n._Conv3D=function(){return(ut=n._Conv3D=n.asm.Conv3D).apply(null,arguments)},dt=n._Conv3DBackpropFilterV2=function(){return(dt=n._Conv3DBackpropFilterV2=n.asm.Conv3DBackpropFilterV2).apply(null,arguments)},W=n._Conv3DBackpropInputV2=function(){return(W=n._Conv3DBackpropInputV2=n.asm.Conv3DBackpropInputV2).apply(null,arguments)},ft=n._Cos=function(){return(ft=n._Cos=n.asm.Cos).apply(null,arguments)},pt=n._Cosh=function(){return(pt=n._Cosh=n.asm.Cosh).apply(null,arguments)},mt=n._CropAndResize=function(){return(mt=n._CropAndResize=n.asm.CropAndResize).apply(null,arguments)},ht=n._Cumprod=function(){return(ht=n._Cumprod=n.asm.Cumprod).apply(null,arguments)},gt=n._Cumsum=function(){return(gt=n._Cumsum=n.asm.Cumsum).apply(null,arguments)},_t=n._DenseBincount=function(){return(_t=n._DenseBincount=n.asm.DenseBincount).apply(null,arguments)},vt=n._DepthToSpace=function(){return(vt=n._DepthToSpace=n.asm.DepthToSpace).apply(null,arguments)},yt=n._DepthwiseConv2dNative=function(){return(yt=n._DepthwiseConv2dNative=n.asm.DepthwiseConv2dNative).apply(null,arguments)},bt=n._Diag=function(){return(bt=n._Diag=n.asm.Diag).apply(null,arguments)},xt=n._Dilation2D=function(){return(xt=n._Dilation2D=n.asm.Dilation2D).apply(null,arguments)},St=n._Dilation2DBackpropFilter=function(){return(St=n._Dilation2DBackpropFilter=n.asm.Dilation2DBackpropFilter).apply(null,arguments)},Ct=n._Dilation2DBackpropInput=function(){return(Ct=n._Dilation2DBackpropInput=n.asm.Dilation2DBackpropInput).apply(null,arguments)},wt=n._Elu=function(){return(wt=n._Elu=n.asm.Elu).apply(null,arguments)},Tt=n._EluGrad=function(){return(Tt=n._EluGrad=n.asm.EluGrad).apply(null,arguments)},Et=n._Equal=function(){return(Et=n._Equal=n.asm.Equal).apply(null,arguments)},Dt=n._Erf=function(){return(Dt=n._Erf=n.asm.Erf).apply(null,arguments)},Ot=n._Exp=function(){return(Ot=n._Exp=n.asm.Exp).apply(null,arguments)},kt=n._Expm1=function(){return(kt=n._Expm1=n.asm.Expm1).apply(null,arguments)},At=n._FlipLeftRight=function(){return(At=n._FlipLeftRight=n.asm.FlipLeftRight).apply(null,arguments)},jt=n._Floor=function(){return(jt=n._Floor=n.asm.Floor).apply(null,arguments)},Mt=n._FloorDiv=function(){return(Mt=n._FloorDiv=n.asm.FloorDiv).apply(null,arguments)},Nt=n._FusedBatchNorm=function(){return(Nt=n._FusedBatchNorm=n.asm.FusedBatchNorm).apply(null,arguments)},Pt=n._FusedConv2D=function(){return(Pt=n._FusedConv2D=n.asm.FusedConv2D).apply(null,arguments)},Ft=n._FusedDepthwiseConv2D=function(){return(Ft=n._FusedDepthwiseConv2D=n.asm.FusedDepthwiseConv2D).apply(null,arguments)},It=n._Gather=function(){return(It=n._Gather=n.asm.Gather).apply(null,arguments)},Lt=n._GatherNd=function(){return(Lt=n._GatherNd=n.asm.GatherNd).apply(null,arguments)},Rt=n._Greater=function(){return(Rt=n._Greater=n.asm.Greater).apply(null,arguments)},zt=n._GreaterEqual=function(){return(zt=n._GreaterEqual=n.asm.GreaterEqual).apply(null,arguments)},Bt=n._IsFinite=function(){return(Bt=n._IsFinite=n.asm.IsFinite).apply(null,arguments)},Vt=n._IsInf=function(){return(Vt=n._IsInf=n.asm.IsInf).apply(null,arguments)},Ht=n._IsNan=function(){return(Ht=n._IsNan=n.asm.IsNan).apply(null,arguments)},Ut=n._LRN=function(){return(Ut=n._LRN=n.asm.LRN).apply(null,arguments)},Wt=n._LRNGrad=function(){return(Wt=n._LRNGrad=n.asm.LRNGrad).apply(null,arguments)},Gt=n._LeakyRelu=function(){return(Gt=n._LeakyRelu=n.asm.LeakyRelu).apply(null,arguments)},Kt=n._Less=function(){return(Kt=n._Less=n.asm.Less).apply(null,arguments)},qt=n._LessEqual=function(){return(qt=n._LessEqual=n.asm.LessEqual).apply(null,arguments)},Jt=n._LinSpace=function(){return(Jt=n._LinSpace=n.asm.LinSpace).apply(null,arguments)},Yt=n._Log=function(){return(Yt=n._Log=n.asm.Log).apply(null,arguments)},Xt=n._Log1p=function(){return(Xt=n._Log1p=n.asm.Log1p).apply(null,arguments)},Zt=n._LogicalAnd=function(){return(Zt=n._LogicalAnd=n.asm.LogicalAnd).apply(null,arguments)},Qt=n._LogicalNot=function(){return(Qt=n._LogicalNot=n.asm.LogicalNot).apply(null,arguments)},$t=n._LogicalOr=function(){return($t=n._LogicalOr=n.asm.LogicalOr).apply(null,arguments)},en=n._LogicalXor=function(){return(en=n._LogicalXor=n.asm.LogicalXor).apply(null,arguments)},tn=n._Max=function(){return(tn=n._Max=n.asm.Max).apply(null,arguments)},nn=n._MaxPool=function(){return(nn=n._MaxPool=n.asm.MaxPool).apply(null,arguments)},rn=n._MaxPool3D=function(){return(rn=n._MaxPool3D=n.asm.MaxPool3D).apply(null,arguments)},an=n._MaxPool3DGrad=function(){return(an=n._MaxPool3DGrad=n.asm.MaxPool3DGrad).apply(null,arguments)},on=n._MaxPoolGrad=function(){return(on=n._MaxPoolGrad=n.asm.MaxPoolGrad).apply(null,arguments)},sn=n._MaxPoolWithArgmax=function(){return(sn=n._MaxPoolWithArgmax=n.asm.MaxPoolWithArgmax).apply(null,arguments)},cn=n._Maximum=function(){return(cn=n._Maximum=n.asm.Maximum).apply(null,arguments)},ln=n._Mean=function(){return(ln=n._Mean=n.asm.Mean).apply(null,arguments)},un=n._Min=function(){return(un=n._Min=n.asm.Min).apply(null,arguments)},dn=n._Minimum=function(){return(dn=n._Minimum=n.asm.Minimum).apply(null,arguments)},fn=n._MirrorPad=function(){return(fn=n._MirrorPad=n.asm.MirrorPad).apply(null,arguments)},pn=n._Mod=function(){return(pn=n._Mod=n.asm.Mod).apply(null,arguments)},mn=n._Multinomial=function(){return(mn=n._Multinomial=n.asm.Multinomial).apply(null,arguments)},hn=n._Multiply=function(){return(hn=n._Multiply=n.asm.Multiply).apply(null,arguments)},gn=n._Neg=function(){return(gn=n._Neg=n.asm.Neg).apply(null,arguments)},_n=n._NonMaxSuppressionV3=function(){return(_n=n._NonMaxSuppressionV3=n.asm.NonMaxSuppressionV3).apply(null,arguments)},vn=n._NonMaxSuppressionV4=function(){return(vn=n._NonMaxSuppressionV4=n.asm.NonMaxSuppressionV4).apply(null,arguments)},yn=n._NonMaxSuppressionV5=function(){return(yn=n._NonMaxSuppressionV5=n.asm.NonMaxSuppressionV5).apply(null,arguments)},bn=n._NotEqual=function(){return(bn=n._NotEqual=n.asm.NotEqual).apply(null,arguments)},xn=n._OneHot=function(){return(xn=n._OneHot=n.asm.OneHot).apply(null,arguments)},Sn=n._PadV2=function(){return(Sn=n._PadV2=n.asm.PadV2).apply(null,arguments)},Cn=n._Pow=function(){return(Cn=n._Pow=n.asm.Pow).apply(null,arguments)},wn=n._Prelu=function(){return(wn=n._Prelu=n.asm.Prelu).apply(null,arguments)},Tn=n._Prod=function(){return(Tn=n._Prod=n.asm.Prod).apply(null,arguments)},En=n._RealDiv=function(){return(En=n._RealDiv=n.asm.RealDiv).apply(null,arguments)},Dn=n._Reciprocal=function(){return(Dn=n._Reciprocal=n.asm.Reciprocal).apply(null,arguments)},On=n._Relu=function(){return(On=n._Relu=n.asm.Relu).apply(null,arguments)},kn=n._Relu6=function(){return(kn=n._Relu6=n.asm.Relu6).apply(null,arguments)},An=n._ResizeBilinear=function(){return(An=n._ResizeBilinear=n.asm.ResizeBilinear).apply(null,arguments)},jn=n._ResizeBilinearGrad=function(){return(jn=n._ResizeBilinearGrad=n.asm.ResizeBilinearGrad).apply(null,arguments)},Mn=n._ResizeNearestNeighbor=function(){return(Mn=n._ResizeNearestNeighbor=n.asm.ResizeNearestNeighbor).apply(null,arguments)},Nn=n._ResizeNearestNeighborGrad=function(){return(Nn=n._ResizeNearestNeighborGrad=n.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Pn=n._Reverse=function(){return(Pn=n._Reverse=n.asm.Reverse).apply(null,arguments)},Fn=n._RotateWithOffset=function(){return(Fn=n._RotateWithOffset=n.asm.RotateWithOffset).apply(null,arguments)},In=n._Round=function(){return(In=n._Round=n.asm.Round).apply(null,arguments)},Ln=n._Rsqrt=function(){return(Ln=n._Rsqrt=n.asm.Rsqrt).apply(null,arguments)},Rn=n._ScatterNd=function(){return(Rn=n._ScatterNd=n.asm.ScatterNd).apply(null,arguments)},zn=n._SearchSorted=function(){return(zn=n._SearchSorted=n.asm.SearchSorted).apply(null,arguments)},Bn=n._SelectV2=function(){return(Bn=n._SelectV2=n.asm.SelectV2).apply(null,arguments)},Vn=n._Selu=function(){return(Vn=n._Selu=n.asm.Selu).apply(null,arguments)},Hn=n._Sigmoid=function(){return(Hn=n._Sigmoid=n.asm.Sigmoid).apply(null,arguments)},Un=n._Sign=function(){return(Un=n._Sign=n.asm.Sign).apply(null,arguments)},Wn=n._Sin=function(){return(Wn=n._Sin=n.asm.Sin).apply(null,arguments)},Gn=n._Sinh=function(){return(Gn=n._Sinh=n.asm.Sinh).apply(null,arguments)},Kn=n._Softmax=function(){return(Kn=n._Softmax=n.asm.Softmax).apply(null,arguments)},qn=n._Softplus=function(){return(qn=n._Softplus=n.asm.Softplus).apply(null,arguments)},Jn=n._SparseFillEmptyRows=function(){return(Jn=n._SparseFillEmptyRows=n.asm.SparseFillEmptyRows).apply(null,arguments)},Yn=n._SparseReshape=function(){return(Yn=n._SparseReshape=n.asm.SparseReshape).apply(null,arguments)},Xn=n._SparseSegmentReduction=function(){return(Xn=n._SparseSegmentReduction=n.asm.SparseSegmentReduction).apply(null,arguments)},Zn=n._SparseToDense=function(){return(Zn=n._SparseToDense=n.asm.SparseToDense).apply(null,arguments)},G=n._Sqrt=function(){return(G=n._Sqrt=n.asm.Sqrt).apply(null,arguments)},Qn=n._Square=function(){return(Qn=n._Square=n.asm.Square).apply(null,arguments)},$n=n._SquaredDifference=function(){return($n=n._SquaredDifference=n.asm.SquaredDifference).apply(null,arguments)},K=n._Step=function(){return(K=n._Step=n.asm.Step).apply(null,arguments)},q=n._StridedSlice=function(){return(q=n._StridedSlice=n.asm.StridedSlice).apply(null,arguments)},er=n._Sub=function(){return(er=n._Sub=n.asm.Sub).apply(null,arguments)},tr=n._Sum=function(){return(tr=n._Sum=n.asm.Sum).apply(null,arguments)},J=n._Tan=function(){return(J=n._Tan=n.asm.Tan).apply(null,arguments)},nr=n._Tanh=function(){return(nr=n._Tanh=n.asm.Tanh).apply(null,arguments)},rr=n._TensorScatterUpdate=function(){return(rr=n._TensorScatterUpdate=n.asm.TensorScatterUpdate).apply(null,arguments)},ir=n._Tile=function(){return(ir=n._Tile=n.asm.Tile).apply(null,arguments)},ar=n._TopK=function(){return(ar=n._TopK=n.asm.TopK).apply(null,arguments)},or=n._Transform=function(){return(or=n._Transform=n.asm.Transform).apply(null,arguments)},Y=n._Transpose=function(){return(Y=n._Transpose=n.asm.Transpose).apply(null,arguments)},sr=n.__FusedMatMul=function(){return(sr=n.__FusedMatMul=n.asm._FusedMatMul).apply(null,arguments)},cr=n._malloc=function(){return(cr=n._malloc=n.asm.malloc).apply(null,arguments)},lr=n._free=function(){return(lr=n._free=n.asm.free).apply(null,arguments)},X=n.___errno_location=function(){return(X=n.___errno_location=n.asm.__errno_location).apply(null,arguments)},ur=n.stackSave=function(){return(ur=n.stackSave=n.asm.stackSave).apply(null,arguments)},dr=n.stackRestore=function(){return(dr=n.stackRestore=n.asm.stackRestore).apply(null,arguments)},fr=n.stackAlloc=function(){return(fr=n.stackAlloc=n.asm.stackAlloc).apply(null,arguments)},pr=n.dynCall_iijjiiii=function(){return(pr=n.dynCall_iijjiiii=n.asm.dynCall_iijjiiii).apply(null,arguments)},mr=n.dynCall_jiji=function(){return(mr=n.dynCall_jiji=n.asm.dynCall_jiji).apply(null,arguments)};n.cwrap=Ne;var hr;le=function e(){hr||gr(),hr||(le=e)};function gr(e){if(e||=c,I>0||(re(),I>0))return;function t(){hr||(hr=!0,n.calledRun=!0,C||(ie(),r(n),n.onRuntimeInitialized&&n.onRuntimeInitialized(),ae()))}n.setStatus?(n.setStatus(`Running...`),setTimeout(function(){setTimeout(function(){n.setStatus(``)},1),t()},1)):t()}if(n.preInit)for(typeof n.preInit==`function`&&(n.preInit=[n.preInit]);n.preInit.length>0;)n.preInit.pop()();gr();var _r;o&&(_r={uncaughtException:process.listeners(`uncaughtException`).filter(function(e){return!o.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners(`unhandledRejection`).filter(function(e){return!o.unhandledRejection.indexOf(e)>-1})});var vr;if(t!==void 0)vr=t;else if(typeof WasmBackendModuleThreadedSimd<`u`)vr=WasmBackendModuleThreadedSimd;else throw Error(`Could not find wasm module in post.js`);if(_r){var Z=vr._dispose;vr._dispose=function(){Z(),_r.uncaughtException.forEach(function(e){process.removeListener(`uncaughtException`,e)}),_r.unhandledRejection.forEach(function(e){process.removeListener(`unhandledRejection`,e)})}}return t.ready})})();typeof e==`object`&&typeof t==`object`?t.exports=n:typeof define==`function`&&define.amd?define([],function(){return n}):typeof e==`object`&&(e.WasmBackendModule=n)})),Gu=/* @__PURE__ */ e(Hu()),Ku=Uu(),qu=/* @__PURE__ */ e(Wu());
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
const Ju=Gu.default||Gu,Yu=qu.default||qu;var Xu=class extends R{constructor(e){super(),this.wasm=e,this.dataIdNextNumber=1,this.wasm.tfjs.initWithThreadsCount(cd),ld=this.wasm.tfjs.getThreadsCount(),this.dataIdMap=new P(this,dt())}write(e,t,n){let r={id:this.dataIdNextNumber++};return this.move(r,e,t,n,1),r}numDataIds(){return this.dataIdMap.numDataIds()}async time(e){let t=Dt();return e(),{kernelMs:Dt()-t}}move(e,t,n,r,i){let a=this.dataIdNextNumber++;if(r===`string`){let o=t;this.dataIdMap.set(e,{id:a,stringBytes:o,shape:n,dtype:r,memoryOffset:null,refCount:i});return}let o=W(n),s=o*vt(r),c=this.wasm._malloc(s)>>>0;this.dataIdMap.set(e,{id:a,memoryOffset:c,shape:n,dtype:r,refCount:i}),this.wasm.tfjs.registerTensor(a,o,c),t!=null&&this.wasm.HEAPU8.set(new Uint8Array(t.buffer,t.byteOffset,s),c)}async read(e){return this.readSync(e)}readSync(e,t,n){let{memoryOffset:r,dtype:i,shape:a,stringBytes:o}=this.dataIdMap.get(e);if(i===`string`)return(t==null||t===0)&&(n==null||n>=o.length)?o:o.slice(t,n);t||=0,n||=W(a);let s=vt(i);return ed(this.wasm.HEAPU8.slice(r+t*s,r+n*s).buffer,i)}disposeData(e,t=!1){if(this.dataIdMap.has(e)){let n=this.dataIdMap.get(e);if(n.refCount--,!t&&n.refCount>0)return!1;this.wasm._free(n.memoryOffset),this.wasm.tfjs.disposeData(n.id),this.dataIdMap.delete(e)}return!0}refCount(e){return this.dataIdMap.has(e)?this.dataIdMap.get(e).refCount:0}incRef(e){let t=this.dataIdMap.get(e);t!=null&&t.refCount++}floatPrecision(){return 32}getMemoryOffset(e){return this.dataIdMap.get(e).memoryOffset}dispose(){this.wasm.tfjs.dispose(),`PThread`in this.wasm&&this.wasm.PThread.terminateAllThreads(),this.wasm=null}memory(){return{unreliable:!1}}makeOutput(e,t,n,r){let i;if(n==null)i=this.write(r??null,e,t);else{let r=this.dataIdNextNumber++;i={id:r},this.dataIdMap.set(i,{id:r,memoryOffset:n,shape:e,dtype:t,refCount:1});let a=W(e);this.wasm.tfjs.registerTensor(r,a,n)}return{dataId:i,shape:e,dtype:t}}typedArrayFromHeap({shape:e,dtype:t,dataId:n}){let r=this.wasm.HEAPU8.buffer,{memoryOffset:i}=this.dataIdMap.get(n),a=W(e);switch(t){case`float32`:return new Float32Array(r,i,a);case`int32`:return new Int32Array(r,i,a);case`bool`:return new Uint8Array(r,i,a);default:throw Error(`Unknown dtype ${t}`)}}};function Zu(e){return(t,n)=>(et(e,{credentials:`same-origin`}).then(r=>{r.ok||t.env.a(`failed to load wasm binary file at '${e}'`),r.arrayBuffer().then(e=>{WebAssembly.instantiate(e,t).then(e=>{n(e.instance,e.module)})})}),{})}function Qu(e,t,n){if(nd!=null)return nd;let r=`tfjs-backend-wasm.wasm`;return e&&t?r=`tfjs-backend-wasm-threaded-simd.wasm`:e&&(r=`tfjs-backend-wasm-simd.wasm`),id!=null&&id[r]!=null?id[r]:n+r}async function $u(){let[e,t]=await Promise.all([It().getAsync(`WASM_HAS_SIMD_SUPPORT`),It().getAsync(`WASM_HAS_MULTITHREAD_SUPPORT`)]);return new Promise((n,r)=>{let i={};i.locateFile=(n,r)=>{if(n.endsWith(`.worker.js`)){let e=Ku.wasmWorkerContents.replace(/\n/g,`\\n`),t=new Blob([e],{type:`application/javascript`});return URL.createObjectURL(t)}return n.endsWith(`.wasm`)?Qu(e,t,rd??r):r+n},od&&(i.instantiateWasm=Zu(Qu(e,t,rd??``)));let a=!1;i.onAbort=()=>{a||ad||(ad=!0,r({message:"Make sure the server can serve the `.wasm` file relative to the bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers"}))};let o;t&&e&&nd==null?(i.mainScriptUrlOrBlob=new Blob([`var WasmBackendModuleThreadedSimd = `+Ju.toString()],{type:`text/javascript`}),o=Ju(i)):o=Yu(i),o.then(e=>{a=!0,ad=!1,e.tfjs={init:e.cwrap(`init`,null,[]),initWithThreadsCount:e.cwrap(`init_with_threads_count`,null,[`number`]),getThreadsCount:e.cwrap(`get_threads_count`,`number`,[]),registerTensor:e.cwrap(`register_tensor`,null,[`number`,`number`,`number`]),disposeData:e.cwrap(`dispose_data`,null,[`number`]),dispose:e.cwrap(`dispose`,null,[])},n({wasm:e})}).catch(r)})}function ed(e,t){switch(t){case`float32`:return new Float32Array(e);case`int32`:return new Int32Array(e);case`bool`:return new Uint8Array(e);default:throw Error(`Unknown dtype ${t}`)}}const td=[`tfjs-backend-wasm.wasm`,`tfjs-backend-wasm-simd.wasm`,`tfjs-backend-wasm-threaded-simd.wasm`];let nd=null,rd=null,id={},ad=!1,od=!1;function sd(e,t=!1){if(ad)throw Error("The WASM backend was already initialized. Make sure you call `setWasmPaths()` before you call `tf.setBackend()` or `tf.ready()`");if(typeof e==`string`)rd=e;else{id=e;let t=td.filter(e=>id[e]==null);if(t.length>0)throw Error(`There were no entries found for the following binaries: ${t.join(`,`)}. Please either call setWasmPaths with a map providing a path for each binary, or with a string indicating the directory where all the binaries can be found.`)}od=t}let cd=-1,ld=-1;function ud(){if(ld===-1)throw Error(`WASM backend not initialized.`);return ld}
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
O(`wasm`,async()=>{let{wasm:e}=await $u();return new Xu(e)},2);
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
export{ud as getThreadsCount,sd as setWasmPaths};