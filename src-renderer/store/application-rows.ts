import type { CardCategory } from '../../src-shared/cards/workflow';
import { idNumberKey, idTailKeys } from '../../src-shared/crypto/id-search';
import type { SyncedRecord } from '../../src-shared/records/record';
import type { Application } from '../../src-shared/registration/application';
import { dataKeys } from './data-keys';
import { type ApplicationRow, nameKey } from './db';

/** The row as stored, with its local search keys. */
export function toRow(application: Application): ApplicationRow {
  const { search } = dataKeys();
  const { idType, idNumber } = application.applicant;
  return {
    ...application,
    _nameKey: nameKey(application.applicant.name),
    _idKey: idNumberKey(search, idType, idNumber),
    _idTails: idTailKeys(search, idNumber),
  };
}

/** The record without local search keys, as the rest of the app and the server see it. */
export function toApplication(row: ApplicationRow): Application {
  const { _nameKey: _name, _idKey: _key, _idTails: _tails, ...application } = row;
  return application;
}

/** A new, empty application of a category; the other category's fields stay empty. */
export function blankApplication(
  base: SyncedRecord & Pick<Application, 'number' | 'district'>,
  category: CardCategory = 'business-elite',
): Application {
  return {
    ...base,
    category,
    status: 'draft',
    applicant: {
      name: '',
      gender: '',
      birthMonth: '',
      ethnicity: '',
      nativePlace: '',
      politicalStatus: '',
      education: '',
      school: '',
      currentPosition: '',
      idType: 'resident-id',
      idNumber: '',
      phone: '',
    },
    photo: null,
    resume: { entries: [], remark: '', overlapsConfirmed: false },
    projectId: null,
    unitOpinion: { unitName: '', opinion: '', handler: '', date: '' },
    sealedScan: null,
    card: null,
    landing: null,
    enterpriseId: null,
    eligibility: null,
    eligibilityEvidence: [],
    introduction: null,
    introductionEvidence: [],
  };
}
