import type { UseFormReturnType } from '@mantine/form';
import type { StationFields } from '../../../src-shared/stations/station';

export type StationForm = UseFormReturnType<StationFields>;
