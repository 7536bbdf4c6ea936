import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'd3c67ad0c099981863aca0092c3b5912f93e908310f8ef52659fbaa03e1d5eef') {
    pending.push(import('./chunks/chunk-94314dba30eac0ba76a32d63f742c76fbdb09b0162a9065ef346f442a4643bf4.js'));
  }
  if (key === 'c7077b3309a000930e94068385752cdb1a5c758fa1fc7fba097986b477c23556') {
    pending.push(import('./chunks/chunk-94314dba30eac0ba76a32d63f742c76fbdb09b0162a9065ef346f442a4643bf4.js'));
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