// Decap reads this before it loads: the editor calls CMS.init itself, with the generated configuration.
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
