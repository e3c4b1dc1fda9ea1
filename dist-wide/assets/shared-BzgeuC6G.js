import{n as e}from"./rolldown-runtime-XKyaHtl9.js";import{A as t,B as n,C as r,D as i,E as a,F as o,H as s,I as c,L as l,M as u,N as d,O as f,P as p,R as m,S as h,T as g,U as _,V as v,W as y,_ as b,a as x,b as S,c as C,d as w,f as T,g as E,h as D,i as O,j as k,k as A,l as j,m as M,n as N,o as P,p as F,r as I,s as L,t as R,u as z,v as B,w as V,x as H,y as U,z as W}from"./worker-LlJy-L72.js";import{c as G,i as K,l as q,n as J,r as Y,s as X,t as Z}from"./Unique_impl-BQJmQr57.js";var Q=/* @__PURE__ */ e({addImpl:()=>s,bincountImpl:()=>n,bincountReduceImpl:()=>v,bitwiseAndImpl:()=>W,castImpl:()=>_,ceilImpl:()=>m,concatImpl:()=>q,equalImpl:()=>l,expImpl:()=>c,expm1Impl:()=>o,floorDivImpl:()=>d,floorImpl:()=>p,gatherNdImpl:()=>u,gatherV2Impl:()=>k,greaterEqualImpl:()=>A,greaterImpl:()=>t,lessEqualImpl:()=>i,lessImpl:()=>f,linSpaceImpl:()=>a,logImpl:()=>g,maxImpl:()=>V,maximumImpl:()=>r,minimumImpl:()=>h,multiplyImpl:()=>H,negImpl:()=>S,notEqualImpl:()=>U,prodImpl:()=>b,raggedGatherImpl:()=>E,raggedRangeImpl:()=>D,raggedTensorToTensorImpl:()=>M,rangeImpl:()=>G,rsqrtImpl:()=>F,scatterImpl:()=>T,sigmoidImpl:()=>w,simpleAbsImpl:()=>y,sliceImpl:()=>X,sparseFillEmptyRowsImpl:()=>z,sparseReshapeImpl:()=>j,sparseSegmentReductionImpl:()=>C,sqrtImpl:()=>L,squaredDifferenceImpl:()=>P,staticRegexReplaceImpl:()=>x,stridedSliceImpl:()=>O,stringNGramsImpl:()=>K,stringSplitImpl:()=>Y,stringToHashBucketFastImpl:()=>J,subImpl:()=>I,tileImpl:()=>N,topKImpl:()=>R,transposeImpl:()=>B,uniqueImpl:()=>Z});
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
export{Q as t};