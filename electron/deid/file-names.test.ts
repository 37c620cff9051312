// Names inside file names (issue 11, session 19): letter runs read against the name lists, and the file words
// that must survive.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { coverageOf, survives } from './deid-test-support';

describe('names inside file names', () => {
  it.each([
    ['image saved as jsmith_cxr_0304.dcm', 'jsmith'],
    ['see attached KowalskiA_labs.pdf', 'Kowalski'],
    ['uploaded echo-maria-lopez.mp4 to the chart', 'maria-lopez'],
    ['scanned jdoe_intake.pdf', 'jdoe'],
    ['ecg_wpatel_2021.pdf attached', 'wpatel'],
  ])('%s', (text, part) => expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true));
  it.each([
    ['brain_mri_flair.nii', 'flair'],
    ['scan_0001.pdf', 'scan'],
    ['shunt_study.pdf', 'shunt'],
    ['discharge_summary.docx', 'summary'],
    ['wound_photo_sacrum.jpg', 'sacrum'],
    ['IMG_2034.JPG', 'IMG'],
  ])('leaves: %s', (text, part) => expect(survives(text, part)).toBe(true));
});
