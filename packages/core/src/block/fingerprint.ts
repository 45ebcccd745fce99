import { prepareRecord } from '../normalize/record.ts';
import type { RawRecord } from '../record/schema.ts';
import { hashKey } from './hash.ts';
import { blockingKeys } from './keys.ts';

/**
 * Records that exercise every kind of blocking key: Arabic-script and transliterated name chains,
 * particles and compounds, French, Congolese and Malian names, full and partial dates, ages with
 * the date they were given, places at several depths, parents and requesters. Every field is
 * dated, so the keys do not depend on the day they are computed.
 */
export const FINGERPRINT_SAMPLES: readonly RawRecord[] = [
  { id: 's1', kind: 'child', full_name: 'Mahamat Issa Abakar', sex: 'm', date_of_birth: '2016-03', mother_name: 'Achta Brahim', place_of_origin: 'El Geneina, West Darfur', place_of_separation: 'Adré, Ouaddaï, Tchad' },
  { id: 's2', kind: 'request', full_name: 'محمد أبكر', mother_name: 'عزيزة عباس', age: 'about 7', age_as_of: '2024-06-01', requester_name: 'Issa Abakar', requester_relationship: 'father', place_of_separation: 'Adre' },
  { id: 's3', kind: 'child', full_name: 'ABDEL KERIM Zara Nouradine', sex: 'f', age: '6-8', age_as_of: '2023-11-20', father_name: 'Abd al-Karim', place_of_origin: 'Goz Beida, Sila' },
  { id: 's4', kind: 'request', full_name: 'Jean-Pierre (JP) Lokwa Dhena', date_of_birth: '12/05/2014', father_name: 'Lokwa Jean Pierre', mother_name: 'Marie Dhedonga', requester_name: 'Dieudonné Lokwa', requester_relationship: 'uncle', place_of_separation: 'Bunia, Ituri' },
  { id: 's5', kind: 'child', full_name: 'Awa Coulibaly', sex: 'f', date_of_birth: '20150817', father_name: 'Moussa Traoré', place_of_origin: 'Mopti' },
  { id: 's7', kind: 'child', full_name: 'Abdoulaye Ahmat', sex: 'm', age: '9', age_as_of: '2024-06-01', mother_name: 'Sangaré Hawa', place_of_separation: 'Douentza, Mopti, Mali' },
  { id: 's8', kind: 'child', full_name: 'Fayçal Ben Salah', other_names: 'Fanta', sex: 'm', father_name: 'Annour Othman Khamis', date_of_birth: '2012', mother_name: 'Françoise Kahindo', place_of_separation: 'Ben Gardane' },
  { id: 's6', kind: 'request', full_name: 'Judih', age: '~14', age_as_of: '2024-06-01', requester_name: 'Mme Khadidja Ben Salah', requester_relationship: 'mother', place_of_origin: 'Médenine, Tunisie' },
];

let cached: string | undefined;

/**
 * A short digest of how blocking keys are made, computed from the keys of fixed sample records.
 * Keys stored by an earlier version of the rules no longer meet the keys a search computes now;
 * a store compares its recorded fingerprint with this one to know that its keys must be rewritten.
 * Any change to the key rules, the name normalisers or the place normalisers that alters a key
 * of these samples changes it (the samples cover every kind of key).
 *
 * @example
 * blockingKeysFingerprint() // 'k1-3f9a0c12'
 */
export function blockingKeysFingerprint(): string {
  if (cached) return cached;
  const keys = FINGERPRINT_SAMPLES.map((sample) => [...blockingKeys(prepareRecord(sample))].sort().join('\n')).join('\n\n');
  cached = `k1-${hashKey(keys, 32).toString(16).padStart(8, '0')}`;
  return cached;
}
