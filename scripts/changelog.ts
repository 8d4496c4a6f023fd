/**
 * The pure half of the release procedure (scripts/release.ts): the next version, and CHANGELOG.md
 * with its Unreleased notes moved under that version. Kept apart so it is unit-tested.
 */

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;

/** `patch`, `minor`, `major` from `current`, or an explicit version (a pre-release included). */
export function nextVersion(current: string, bump: string): string {
  if (SEMVER.test(bump)) return bump;
  const match = SEMVER.exec(current);
  if (!match) throw new Error(`package.json's version ${current} is not x.y.z`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  switch (bump) {
    case 'major':
      return `${major + 1}.0.0`;
    case 'minor':
      return `${major}.${minor + 1}.0`;
    case 'patch':
      return `${major}.${minor}.${patch + 1}`;
    default:
      throw new Error(`expected patch, minor, major or x.y.z, not "${bump}"`);
  }
}

/**
 * Moves the notes under `## [Unreleased]` to a new `## [version] - date` section, leaves
 * Unreleased empty, and points the links at the bottom at the new tag (Keep a Changelog 1.1).
 * Throws when there is nothing to release: a release without notes is a mistake.
 */
export function releaseChangelog(text: string, version: string, date: string, repoUrl: string): string {
  const heading = /^## \[Unreleased\][^\n]*\n/m.exec(text);
  if (!heading) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  if (new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(text)) throw new Error(`CHANGELOG.md already has ${version}`);
  const start = heading.index + heading[0].length;
  const next = text.slice(start).search(/^## \[|^\[[^\]]+\]: /m);
  const end = next === -1 ? text.length : start + next;
  const notes = text.slice(start, end).trim();
  if (!/^- /m.test(notes)) throw new Error('CHANGELOG.md: nothing under "## [Unreleased]" to release');

  let out = `${text.slice(0, start)}\n## [${version}] - ${date}\n\n${notes}\n\n${text.slice(end).replace(/^\n+/, '')}`;

  // Links: Unreleased compares from the new tag; the new version links to its tag (or the compare
  // from the one before).
  const previous = /^\[(\d[^\]]*)\]: /m.exec(out)?.[1];
  const links = [`[Unreleased]: ${repoUrl}/compare/v${version}...HEAD`, previous ? `[${version}]: ${repoUrl}/compare/v${previous}...v${version}` : `[${version}]: ${repoUrl}/releases/tag/v${version}`];
  out = out.replace(/^\[Unreleased\]: .*$/m, links.join('\n'));
  if (!out.includes(links[0]!)) out = `${out.trimEnd()}\n\n${links.join('\n')}\n`;
  return out;
}
