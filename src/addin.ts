// Identity of the Office add-in, shared by manifest.xml (its <Id>) and the template workbook
// (the task pane it opens). A test keeps the two in step.

export const ADDIN_ID = "d5a92629-0d85-4006-8769-c31f618cdc62";
export const ADDIN_VERSION = "1.0.0.0";
