import { configure } from '@testing-library/dom';

// Building a PDF or a workbook in a test takes seconds on a loaded 2-core machine, not the default 1 s.
configure({ asyncUtilTimeout: 5000 });
