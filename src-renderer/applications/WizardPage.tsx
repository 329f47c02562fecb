import { Alert, Anchor, Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Application } from '../../src-shared/registration/application';
import { NeedsProfileAlert } from '../app/NeedsProfileAlert';
import { getApplication } from '../store/applications';
import { db } from '../store/instance';
import { useActor } from '../store/use-actor';
import { ApplicationWizard } from './wizard/ApplicationWizard';
import { EnterpriseTalentWizard } from './wizard/EnterpriseTalentWizard';

/** Loads one application once, then hands it to its category's wizard, which owns it while open. */
export function WizardPage() {
  const { id = '' } = useParams();
  const actor = useActor();
  const [application, setApplication] = useState<Application | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void getApplication(db, id).then((found) => current && setApplication(found ?? null));
    return () => {
      current = false;
    };
  }, [id]);

  if (application === undefined || actor === undefined) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (application === null) {
    return (
      <Alert color="red" title="找不到该申领记录">
        它可能已被删除。
        <Anchor component={Link} to="/applications">
          返回申领列表
        </Anchor>
      </Alert>
    );
  }
  if (actor === null) {
    return <NeedsProfileAlert />;
  }
  if (application.category === 'enterprise-talent') {
    return <EnterpriseTalentWizard key={application.id} initial={application} actor={actor} />;
  }
  return <ApplicationWizard key={application.id} initial={application} actor={actor} />;
}
