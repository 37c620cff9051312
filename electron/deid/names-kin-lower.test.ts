// Round 9 (issue 11): a relative's name in lower case on a mixed-case line, when it is an everyday word, right after
// the kin word and before something people do ("son fox called", "Dtr wood in contact by phone").
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { coverageOf, survives } from './deid-test-support';

describe('a relative named by an everyday word in lower case', () => {
  it.each([
    ['Skin intact. Social: son fox called for update.', 'fox'],
    ['Dtr wood in contact by phone, plans to visit.', 'wood'],
    ['Husband rich will call tonight re: plan.', 'rich'],
    ['Wife brook arrived at 1500.', 'brook'],
    ['Sister snow visits daily.', 'snow'],
  ])('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all, `"${part}" missed in: ${text}`).toBe(true);
  });

  it.each([
    ['Son also called, updated.', 'also'],
    ['Wife just visited.', 'just'],
    ['Son again called.', 'again'],
    ['Son finally arrived.', 'finally'],
    ['daughter nurse called with questions', 'nurse'],
    ['Son, hcp, called.', 'hcp'],
    ['Pt\'s son who is HCP called.', 'who'],
    ['Husband in to visit.', 'in'],
    ['Wife today visited and was updated.', 'today'],
  ])('%s keeps the word', (text, part) => {
    expect(survives(text, part), `"${part}" must survive in: ${text}`).toBe(true);
  });
});

// Two words between a contact cue and a credential are the clinician's given name and surname, whatever they spell.
describe('a clinician named before a credential', () => {
  it.each([
    ['CXR OK TO USE PER YOUNG CASADEI NP.', 'YOUNG CASADEI'],
    ['will consult with hunter snow rn re skin care.', 'hunter snow'],
    ['spoke with amy strong rn', 'amy strong'],
    ['Spoke with Amy Strong, RN', 'Amy Strong'],
  ])('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all, `"${part}" missed in: ${text}`).toBe(true);
  });

  it.each([
    ['report given to night float RN', 'float'],
    ['spoke with covering NP', 'covering'],
    ['d/w renal fellow NP', 'renal'],
    ['per wound care RN', 'wound'],
    ['discussed with the charge RN', 'charge'],
  ])('%s keeps the words', (text, part) => {
    expect(survives(text, part), `"${part}" must survive in: ${text}`).toBe(true);
  });
});

// A capitalized rare word right before a surname found is its given name.
describe('a given name no list holds, before a surname found', () => {
  it.each([
    ['Tosh Olsen lives at 172 Maple Ave.', 'Tosh Olsen'],
    ["It's under my partner's name Elvin Magnusson", 'Elvin Magnusson'],
  ])('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all, `"${part}" missed in: ${text}`).toBe(true);
  });

  it.each([
    ['Seen by Dr. Olsen today.', 'Dr'],
    ['Cardiology Olsen note reviewed.', 'Cardiology'],
    ["Acme's Olsen called.", 'Acme'],
  ])('%s keeps the word', (text, part) => {
    expect(survives(text, part), `"${part}" must survive in: ${text}`).toBe(true);
  });
});

// A listed surname that is also a word, after a given name found, where the name's phrase ends.
describe('a surname that is a word after a given name', () => {
  it.each([
    ['will consult with hunter snow re skin care.', 'hunter snow'],
    ['PAGED TOM WHITE RE K 3.2', 'TOM WHITE'],
  ])('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all, `"${part}" missed in: ${text}`).toBe(true);
  });
  it('leaves a word that goes on the sentence', () => {
    expect(survives('spoke with amy long about plan', 'long')).toBe(true);
  });
});

// A listed given name said to someone in a dialogue, after a greeting or thanks, and the same name said again.
describe('a name said to someone', () => {
  it.each([
    ['[doctor] hi , roger . how are you ?', 'roger'],
    ["[doctor] hey jean how're you doing today", 'jean'],
    ['[doctor] so hey there mark nice to see you again', 'mark'],
    ['[doctor] hi , roger . [patient] hi . [doctor] roger is a 62 year old male here for follow-up . so , roger , i heard', 'roger is a 62'],
  ])('%s', (text, part) => {
    const found = findIdentifiers(text);
    if (part.includes(' ')) {
      // Every "roger" is found.
      for (let at = text.indexOf('roger'); at >= 0; at = text.indexOf('roger', at + 1)) expect(found.some((f) => f.start <= at && at + 5 <= f.end), `roger at ${at}`).toBe(true);
    } else expect(coverageOf(text, found, part).all, `"${part}" missed in: ${text}`).toBe(true);
  });

  it.each([
    ['[doctor] alright thanks hope you feel better', 'hope'],
    ['[doctor] hey jean how are you . i will mark the site .', 'mark'],
    ['thanks again , see you soon', 'again'],
    ["[doctor] hey jean how're you doing", "how're"],
  ])('%s keeps the word', (text, part) => {
    expect(survives(text, part), `"${part}" must survive in: ${text}`).toBe(true);
  });
});

describe('a capitalized given name that is also an abbreviation after a kin word', () => {
  it.each([
    ['wife Art called', 'Art'],
    ['son Will called for update', 'Will'],
  ])('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true);
  });
  it.each([
    ['wife ART called', 'ART'],
    ['son PT called', 'PT'],
  ])('%s keeps the abbreviation in capitals', (text, part) => {
    expect(survives(text, part)).toBe(true);
  });
});
