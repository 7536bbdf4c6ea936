import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/combo-box/src/vaadin-combo-box.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/comboBoxConnector.js';
import '@vaadin/multi-select-combo-box/src/vaadin-multi-select-combo-box.js';
import '@vaadin/text-area/src/vaadin-text-area.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/notification/src/vaadin-notification.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/grid/src/vaadin-grid.js';
import '@vaadin/grid/src/vaadin-grid-column.js';
import '@vaadin/grid/src/vaadin-grid-sorter.js';
import '@vaadin/checkbox/src/vaadin-checkbox.js';
import 'Frontend/generated/jar-resources/gridConnector.ts';
import 'Frontend/generated/jar-resources/vaadin-grid-flow-selection-column.js';
import '@vaadin/grid/src/vaadin-grid-column-group.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/integer-field/src/vaadin-integer-field.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/date-picker/src/vaadin-date-picker.js';
import 'Frontend/generated/jar-resources/datepickerConnector.js';
import '@vaadin/dialog/src/vaadin-dialog.js';
import '@vaadin/tabsheet/src/vaadin-tabsheet.js';
import '@vaadin/tabs/src/vaadin-tabs.js';
import '@vaadin/tabs/src/vaadin-tab.js';
import '@vaadin/form-layout/src/vaadin-form-layout.js';
import '@vaadin/form-layout/src/vaadin-form-item.js';
import '@vaadin/form-layout/src/vaadin-form-row.js';
import '@vaadin/checkbox-group/src/vaadin-checkbox-group.js';
import '@vaadin/progress-bar/src/vaadin-progress-bar.js';
import '@vaadin/upload/src/vaadin-upload.js';
import 'Frontend/generated/jar-resources/vaadin-upload-manager-connector.ts';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '39ae2658ff1894c26084aef2a867e54bed0a25f6523ac56fcb335ab2654011bf') {
    pending.push(import('./chunks/chunk-89d2047c344ab94f096be12126041f0ffa805154787991b193dedeb47ba838a9.js'));
  }
  if (key === '2da4e9c167010d78670402bb65596daa506ced20556de2fd15a0bb371dcf1024') {
    pending.push(import('./chunks/chunk-551df4de585524ef26793d875138a9274aa563264457d9ea6abdfb3795cd00f1.js'));
  }
  if (key === '9f6a618be64dd131024e21ef9c8316842f20ccd3d0de9d02000bdc8c79727674') {
    pending.push(import('./chunks/chunk-4ca541ace04c90a2d95cd55b12d96989ef6949e427f619bea0e50fda05b9f449.js'));
  }
  if (key === '03c53c6cadf068d626a5f3f91dfe9fe6e97820e5c2904997b6a6be4fca7bc687') {
    pending.push(import('./chunks/chunk-ee8b5e6adbce6c1b52655b69bda00dc94e7308de821b9e6c9fc213d94336a9e0.js'));
  }
  if (key === 'f326c0729edaecfb09afb95adc90dde136032053269de65fea5e661733d9ab65') {
    pending.push(import('./chunks/chunk-4ec39ffc04287b15e349b6430396e4edbcbb416d6cb724f188c52a73e3ca846f.js'));
  }
  if (key === 'bfa7cef71626ddeca2e98b118efc79e9edb578d0c9c18e2c2abcd334af2a16a8') {
    pending.push(import('./chunks/chunk-59e73966a32f08132fcb974de79b87be0f5cebb30d452943f26831d9d27ecaa6.js'));
  }
  if (key === 'e16103a60c5073a2a5891631d5734c9bc2a5d3ff10ab68d3574986071a9aba05') {
    pending.push(import('./chunks/chunk-1aff4fb6e180d61e4e1af3b4ca5ea92841483a2eea29d1802974a3935fc39105.js'));
  }
  if (key === '8d34cc4037dccb2aadcc609061d39740c31d8f3f766ba9b8978ebc85d07ebcb4') {
    pending.push(import('./chunks/chunk-812b01ee692e8cccac3f9d19266e673bf0ace4b6e506a421fb3518be4d21032b.js'));
  }
  if (key === 'cedb7adfff28d7ccfe34d9cfab7a6ec59fdc6c8941862f3b85e931e6175ec8b0') {
    pending.push(import('./chunks/chunk-8438821a9dd29fb345739743d52c8038ee7b86bdeb3381d746262ea9f6235b35.js'));
  }
  if (key === 'b4c328ae4e3b5246fd35f4e554b26e3ce4909f9eb1d7f6c75a34220b31f0e041') {
    pending.push(import('./chunks/chunk-b5e3a4f6bf1e766c699bf28ec06c1ef27dee6e458188eceefce7fec838abea58.js'));
  }
  if (key === 'a3316909fead132e042fbf171e3992f3f9b53e2bb3bdbb394e0c8f58a7916cdd') {
    pending.push(import('./chunks/chunk-1dd988f5146458e1501b22c70af89ab245b4a709cbe06e5aec1819d44f2195e1.js'));
  }
  if (key === '80895f9a3a757c3fb7efd7be36d78e3a289cedc3b828d485c24476ff7f12fc4c') {
    pending.push(import('./chunks/chunk-2dce915656a4d511f946e2493fde760fe092bd11629f499f5d5969b49540dc08.js'));
  }
  if (key === '7fc613d45f19b00d3e66529b07dd54e1209ec4200c6f343b876b35fdc27da6bb') {
    pending.push(import('./chunks/chunk-27f48c3acabf2d0d7a3a49b12fcb176196821cfc3d124e11bbd62de35fa95579.js'));
  }
  if (key === 'de38bc5aa9196f4b6b798a9af154574eadaf8f7f35945ae25d6883ff47e8084a') {
    pending.push(import('./chunks/chunk-7df48eae3185c3212d169067c1e45e4d4cbc51d3a83d0534fcc357a41dd584a9.js'));
  }
  if (key === '7f26532693f2974d3b4fb201565e8f85e35e17b445dd989c734eb6d616236866') {
    pending.push(import('./chunks/chunk-6ef80ccff72ae37d596fe48fcfc7eb0025da23c758f8301b0f35aff0152f100e.js'));
  }
  if (key === '0c91793e1fc26842ead358215bc3f15c5fb2af81e0b0c1636352f1b5b2ad444a') {
    pending.push(import('./chunks/chunk-b763613b352a44878b74d19b47184942d1c711750e77bb4795bb47f04bfed429.js'));
  }
  if (key === 'ce39413e5222d9c396f748285d1fd24198b3bc540bc1b35b9379d9f90b2ab573') {
    pending.push(import('./chunks/chunk-415a012bb6f964f466bdf4c31d5d91ea1270092cd6d9086f6b125113adbc9dd4.js'));
  }
  if (key === '9a2fcde27e55c7e1f3c900c33c83a73594354924559fca8f0e897ba59a4fbc02') {
    pending.push(import('./chunks/chunk-3dc79173cecc51eced0a4282c538dfea3c9bbc0fc7d23e5c67efefd2f90ff6b0.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}