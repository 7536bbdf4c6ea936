import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/date-picker/src/vaadin-date-picker.js';
import 'Frontend/generated/jar-resources/datepickerConnector.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';