// The style picker offers every template, labelled from the template, in the templates' order.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SUMMARY_TEMPLATES, TEMPLATE_IDS } from '../../../shared/summary-templates';
import { StylePicker } from './StylePicker';

describe('StylePicker', () => {
  it('lists all seven templates with their labels, the current one selected', () => {
    const html = renderToStaticMarkup(createElement(StylePicker, { value: 'handoff', disabled: false, onChange: () => undefined }));
    const options = [...html.matchAll(/<option value="([^"]+)"( selected="")?>([^<]+)<\/option>/g)];
    expect(options.map((m) => m[1])).toEqual([...TEMPLATE_IDS]);
    expect(options).toHaveLength(7);
    const escape = (s: string) => s.replace(/&/g, '&amp;');
    expect(options.map((m) => m[3])).toEqual(TEMPLATE_IDS.map((id) => escape(SUMMARY_TEMPLATES[id].label)));
    expect(options.filter((m) => m[2] !== undefined).map((m) => m[1])).toEqual(['handoff']);
  });
});
