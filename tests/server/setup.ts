import { setDataKey } from '../../src-renderer/store/data-keys';
import { newDataKey } from '../../src-shared/crypto/data-key';

setDataKey(newDataKey());
