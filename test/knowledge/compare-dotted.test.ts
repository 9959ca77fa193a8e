// compareDotted orders dotted versions numerically (glibc, kernel, macOS): the one comparator
// behind platform minimums, the ELF reader's highest GLIBC_ version and GD811.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDotted } from '../../src/knowledge/platform-minimums.js';

test('numeric per field, missing fields are 0, non-digits end a field', () => {
  const ascending = ['', '1', '2.2.5', '2.3', '2.17', '2.34', '3.2', '3.10', '4.8', '10.0'];
  for (let i = 0; i < ascending.length; i++) {
    for (let j = 0; j < ascending.length; j++) {
      assert.equal(compareDotted(ascending[i]!, ascending[j]!), Math.sign(i - j), `${ascending[i]} vs ${ascending[j]}`);
    }
  }
  assert.equal(compareDotted('2.17', '2.17.0'), 0);
  assert.equal(compareDotted('2', '2.0.0'), 0);
  assert.equal(compareDotted('12.2rc1', '12.2'), 0);
  assert.equal(compareDotted('x', '0'), 0);
});
