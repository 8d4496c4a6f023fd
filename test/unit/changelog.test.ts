import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextVersion, releaseChangelog } from '../../scripts/changelog.js';

const REPO = 'https://github.com/riffyn/riffyn-login-kit';
const changelog = readFileSync(resolve(import.meta.dirname, '../../CHANGELOG.md'), 'utf8');

describe('nextVersion', () => {
  it.each([
    ['0.1.0', 'patch', '0.1.1'],
    ['0.1.3', 'minor', '0.2.0'],
    ['0.9.3', 'major', '1.0.0'],
    ['0.1.0', '0.1.0', '0.1.0'],
    ['0.1.0', '1.0.0-rc.1', '1.0.0-rc.1'],
  ])('%s + %s = %s', (current, bump, next) => {
    expect(nextVersion(current, bump)).toBe(next);
  });

  it('refuses anything else', () => {
    expect(() => nextVersion('0.1.0', 'next')).toThrow(/patch, minor, major/);
  });
});

describe('releaseChangelog', () => {
  it('moves the Unreleased notes of the real CHANGELOG.md under the first version, with its link', () => {
    const out = releaseChangelog(changelog, '0.1.0', '2026-12-24', REPO);
    const sections = out.split(/^## /m).map((part) => part.split('\n')[0]);
    expect(sections.slice(1)).toEqual(['[Unreleased]', '[0.1.0] - 2026-12-24']);
    const released = out.slice(out.indexOf('## [0.1.0]'));
    expect(released).toContain('### Added');
    expect(released).toContain('riffyn-login-kit/core');
    expect(out.slice(out.indexOf('## [Unreleased]'), out.indexOf('## [0.1.0]')).trim()).toBe('## [Unreleased]');
    expect(out).toContain(`[Unreleased]: ${REPO}/compare/v0.1.0...HEAD\n[0.1.0]: ${REPO}/releases/tag/v0.1.0`);
  });

  it('links a later version to the compare from the one before', () => {
    const first = releaseChangelog(changelog, '0.1.0', '2026-12-24', REPO);
    const withFix = first.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- Something.\n');
    const second = releaseChangelog(withFix, '0.1.1', '2027-01-05', REPO);
    expect(second).toMatch(/## \[Unreleased\]\n\n## \[0\.1\.1\] - 2027-01-05\n\n### Fixed\n\n- Something\.\n\n## \[0\.1\.0\]/);
    expect(second).toContain(`[Unreleased]: ${REPO}/compare/v0.1.1...HEAD\n[0.1.1]: ${REPO}/compare/v0.1.0...v0.1.1\n[0.1.0]: ${REPO}/releases/tag/v0.1.0`);
  });

  it('refuses a release without notes, or a version already there', () => {
    const first = releaseChangelog(changelog, '0.1.0', '2026-12-24', REPO);
    expect(() => releaseChangelog(first, '0.1.1', '2027-01-05', REPO)).toThrow(/nothing under/);
    expect(() => releaseChangelog(first.replace('## [Unreleased]\n', '## [Unreleased]\n\n- x\n'), '0.1.0', 'd', REPO)).toThrow(/already has 0\.1\.0/);
  });
});
