/** The subcommands of `leakwatch`. */
export const COMMANDS = ['scan', 'report', 'baseline', 'merge', 'init'] as const;

/** A subcommand name. */
export type CommandName = (typeof COMMANDS)[number];

const FORMATS = 'text|json|sarif|html';

/** `--help` text of each subcommand, and of `leakwatch` itself. */
export const HELP: Readonly<Record<CommandName | 'main', string>> = {
  main: `Usage: leakwatch <command> [options]

Follows personal data across a TypeScript backend to logs, responses and third parties.

Commands:
  scan [paths...]        analyse a project and report findings
  report <result>        re-render a saved JSON or SARIF result without re-scanning
  baseline [paths...]    write a baseline of today's findings, so only new ones fail
  merge <results...>     merge shard results (JSON or SARIF) into one
  init [dir]             write a starter leakwatch.config.json

Run \`leakwatch <command> --help\` for a command's options.
Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, config or internal error.
`,
  scan: `Usage: leakwatch scan [paths...] [options]

Scans one project (a folder with a tsconfig.json), every project below a folder (a monorepo), or
a folder without one (default options). With one folder argument, paths are reported relative to
it; otherwise relative to the current directory.

Options:
  --project <tsconfig>      use this tsconfig instead of discovering projects
  --config <file>           config file (default: leakwatch.config.{json,js,mjs,ts} in the root)
  --format <format>         ${FORMATS} (default: from --output's extension, else text)
  --output <file>           write the report to a file instead of stdout
  --baseline <file>         only findings not in this baseline count (see \`leakwatch baseline\`)
  --fail-on <severity>      low|medium|high|none: exit 1 when a finding is at least this severe (default low)
  --changed-since <ref>     report only on files changed since the git ref and their importers
  --shard <i/n>             report only on shard i of n (files partitioned by path hash)
  --cache <dir>             keep per-file hashes, imports and results; re-analyse only what a change reaches
  -h, --help                show this help
`,
  report: `Usage: leakwatch report <result.json|result.sarif> [options]

Re-renders a result saved by \`leakwatch scan --format json\` (or sarif) without re-scanning.

Options:
  --format <format>         ${FORMATS} (default: from --output's extension, else text)
  --output <file>           write the report to a file instead of stdout
  --baseline <file>         leave out the findings in this baseline
  --fail-on <severity>      low|medium|high|none (default low)
  -h, --help                show this help
`,
  baseline: `Usage: leakwatch baseline [paths...] [options]

Scans (or reads a saved result) and writes the fingerprints of today's findings. Later scans with
\`--baseline <file>\` fail only on findings that are not in it. Suppressed findings are left out.

Options:
  --output <file>           where to write it (default: leakwatch-baseline.json)
  --from <result>           take the findings from a saved JSON or SARIF result instead of scanning
  --project <tsconfig>      as for scan
  --config <file>           as for scan
  --cache <dir>             as for scan
  -h, --help                show this help
`,
  merge: `Usage: leakwatch merge <result...> [options]

Merges results of \`leakwatch scan --shard i/n\` (JSON or SARIF; all shards must be present) or
of separate scans into one, deduplicating findings by fingerprint.

Options:
  --format <format>         ${FORMATS} (default: sarif when every input is SARIF, else json)
  --output <file>           write the merged result to a file instead of stdout
  --fail-on <severity>      low|medium|high|none (default low)
  -h, --help                show this help
`,
  init: `Usage: leakwatch init [dir] [options]

Writes a starter leakwatch.config.json in dir (default: the current directory).

Options:
  --force                   overwrite an existing leakwatch.config.json
  -h, --help                show this help
`,
};
