import { describe, expect, it } from 'vitest';
import { leavesSavedNote, noteHeading, noteIdFor, noteTypeLabel, savedMessage, snippetRuns, styleLabel } from './noteList';

const joined = (runs: { text: string; marked: boolean }[]) => runs.map((r) => (r.marked ? `[${r.text}]` : r.text)).join('');

describe('snippet runs', () => {
  it('marks the ranges and keeps every character once', () => {
    const text = 'reports chest pain and metformin use';
    const runs = snippetRuns({ text, highlights: [{ start: 23, end: 32 }, { start: 8, end: 13 }] });
    expect(joined(runs)).toBe('reports [chest] pain and [metformin] use');
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('never loses text to bad ranges: out of bounds, empty, reversed or overlapping', () => {
    const text = 'abcdef';
    const runs = snippetRuns({ text, highlights: [{ start: -5, end: 2 }, { start: 1, end: 4 }, { start: 4, end: 4 }, { start: 5, end: 3 }, { start: 5, end: 99 }] });
    expect(joined(runs)).toBe('[ab]cde[f]');
    expect(snippetRuns({ text: '', highlights: [{ start: 0, end: 3 }] })).toEqual([]);
    expect(joined(snippetRuns({ text: 'plain', highlights: [] }))).toBe('plain');
  });

  it('treats markup in a snippet as text (the list renders runs, never HTML)', () => {
    const runs = snippetRuns({ text: '<img src=x onerror=alert(1)> pain', highlights: [{ start: 29, end: 33 }] });
    expect(runs).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'pain', marked: true },
    ]);
  });
});

describe('telling notes apart', () => {
  it('names a note by its label, else its first line', () => {
    expect(noteHeading({ label: 'Bed 12 / J.D.', title: 'SUBJECTIVE:' })).toBe('Bed 12 / J.D.');
    expect(noteHeading({ label: null, title: 'SUBJECTIVE:' })).toBe('SUBJECTIVE:');
    expect(noteHeading({ label: null, title: '  ' })).toBe('Untitled note');
  });

  it('labels styles and note types, showing an unknown style by its id', () => {
    expect(styleLabel('soap')).toBe('SOAP');
    expect(styleLabel('brief')).toBe('Brief');
    expect(styleLabel('haiku')).toBe('haiku');
    expect(noteTypeLabel('h-and-p')).toBe('History and physical');
    expect(noteTypeLabel(null)).toBeNull();
  });

  it('saves against the workspace note only while its text is unchanged', () => {
    const saved = { noteId: 'n_1', text: 'Cough for a week.' };
    expect(noteIdFor(saved, 'Cough for a week.')).toBe('n_1');
    expect(noteIdFor(saved, 'Cough for two weeks.')).toBeNull();
    expect(noteIdFor(null, 'Cough for a week.')).toBeNull();
    expect(leavesSavedNote(saved, 'Chest pain, new patient.')).toBe(true);
    expect(leavesSavedNote(saved, 'Cough for a week.')).toBe(false);
    expect(leavesSavedNote(null, 'anything')).toBe(false);
    expect(savedMessage(1)).toBe('Note and summary saved to the vault.');
    expect(savedMessage(3)).toBe('Summary saved as version 3 of this note.');
  });
});
