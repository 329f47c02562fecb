import { configure } from '@testing-library/dom';
import { setDataKey } from '../../src-renderer/store/data-keys';
import { newDataKey } from '../../src-shared/crypto/data-key';

// Building a PDF or a workbook in a test takes seconds on a loaded 2-core machine, not the default 1 s.
configure({ asyncUtilTimeout: 5000 });

// The store seals personal fields under the signed-in profile's key; tests work as a signed-in device would.
setDataKey(newDataKey());
