// Starts GOV.UK Frontend's components (installed from npm and copied to /lib at build time).
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js';

initAll();
