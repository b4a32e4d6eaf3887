import { collectFormats, toJsonSchema } from './schema';

describe('toJsonSchema', () => {
  it('spells nullable as a null type, also inside enums', () => {
    expect(
      toJsonSchema({
        type: 'object',
        properties: {
          conclusion: {
            type: 'string',
            nullable: true,
            enum: ['success', 'failure'],
          },
          name: { type: 'string', description: 'kept out', example: 'x' },
        },
      }),
    ).toEqual({
      type: 'object',
      properties: {
        conclusion: {
          type: ['string', 'null'],
          enum: ['success', 'failure', null],
        },
        name: { type: 'string' },
      },
    });
  });

  it('wraps a nullable schema without a single type', () => {
    expect(
      toJsonSchema({
        nullable: true,
        oneOf: [{ type: 'object' }, { type: 'string' }],
      }),
    ).toEqual({
      anyOf: [
        { oneOf: [{ type: 'object' }, { type: 'string' }] },
        { type: 'null' },
      ],
    });
  });

  it('keeps properties whose names are documentation keywords', () => {
    expect(
      toJsonSchema({
        type: 'object',
        properties: { description: { type: 'string', nullable: true } },
      }),
    ).toEqual({
      type: 'object',
      properties: { description: { type: ['string', 'null'] } },
    });
  });

  it('lists every format in use', () => {
    expect([
      ...collectFormats(
        { items: { format: 'uri' }, properties: { a: { format: 'repo.nwo' } } },
        new Set(),
      ),
    ]).toEqual(['uri', 'repo.nwo']);
  });
});
