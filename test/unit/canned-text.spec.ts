import {
  CANNED_VARIABLES,
  findUnknownVariables,
  renderCannedText,
  usedVariables,
} from '../../src/canned-responses/canned-text.js';

describe('renderCannedText', () => {
  const allValues = {
    first_name: 'Anna',
    username: 'anna_k',
    ticket_number: 42,
    subject: 'Login issue',
    agent_name: 'Boris',
    project_name: 'Acme',
  };

  it('substitutes every variable', () => {
    const text = CANNED_VARIABLES.map((name) => `${name}=[{{${name}}}]`).join(' ');
    expect(renderCannedText(text, allValues)).toBe(
      'first_name=[Anna] username=[anna_k] ticket_number=[42] subject=[Login issue] agent_name=[Boris] ' +
        'project_name=[Acme]',
    );
  });

  it('allows spaces, tabs and newlines inside the braces', () => {
    expect(renderCannedText('Hi {{ first_name }}, {{\tagent_name\n}} here', allValues)).toBe('Hi Anna, Boris here');
  });

  it('renders a missing, null or undefined value as an empty string, never as braces', () => {
    const rendered = renderCannedText('Hi {{first_name}}{{ username }}! #{{ticket_number}} {{subject}}', {
      first_name: null,
      ticket_number: undefined,
    });
    expect(rendered).toBe('Hi ! # ');
    expect(rendered).not.toContain('{{');
  });

  it('renders a placeholder that is not a variable as an empty string', () => {
    expect(renderCannedText('a{{nope}}b{{}}c', allValues)).toBe('abc');
  });

  it('inserts HTML-special characters literally, neither escaped nor interpreted', () => {
    const value = `<b>&"'</b>`;
    expect(renderCannedText('Dear {{first_name}}.', { first_name: value })).toBe(`Dear <b>&"'</b>.`);
  });

  it('inserts replacement patterns such as $& literally', () => {
    expect(renderCannedText('x {{first_name}} y', { first_name: "$& $1 $$ $'" })).toBe("x $& $1 $$ $' y");
  });

  it('does not substitute variables that appear inside values', () => {
    expect(
      renderCannedText('{{first_name}} / {{subject}}', { first_name: '{{subject}}', subject: '{{ first_name }}' }),
    ).toBe('{{subject}} / {{ first_name }}');
  });

  it('substitutes the same variable every time it appears', () => {
    expect(renderCannedText('{{first_name}}, {{first_name}}!', allValues)).toBe('Anna, Anna!');
  });

  it('keeps text without placeholders, and single braces, as they are', () => {
    expect(renderCannedText('Use {curly} and { {first_name} }', allValues)).toBe('Use {curly} and { {first_name} }');
  });

  it('is case-sensitive about variable names', () => {
    expect(renderCannedText('[{{First_Name}}]', allValues)).toBe('[]');
  });
});

describe('findUnknownVariables', () => {
  it('accepts every known variable, with or without spaces', () => {
    expect(findUnknownVariables(CANNED_VARIABLES.map((name) => `{{${name}}} {{ ${name} }}`).join(' '))).toEqual([]);
  });

  it('names each unknown placeholder once, trimmed, in order of appearance', () => {
    expect(findUnknownVariables('{{ email }} {{first_name}} {{phone}} {{email}} {{First_Name}}')).toEqual([
      'email',
      'phone',
      'First_Name',
    ]);
  });

  it('reports an empty placeholder', () => {
    expect(findUnknownVariables('Hello {{ }}')).toEqual(['']);
  });

  it('finds nothing in plain text', () => {
    expect(findUnknownVariables('Hello! How can we help? {not a variable}')).toEqual([]);
  });
});

describe('usedVariables', () => {
  it('lists the known variables once each, in order of appearance', () => {
    expect(usedVariables('{{ subject }} {{first_name}} {{subject}} {{other}}')).toEqual(['subject', 'first_name']);
  });
});
