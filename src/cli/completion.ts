// `wirestory completion bash|zsh|fish`: the command's options (read from the program itself, so an
// option added later completes too) in, a shell's completion script out: option names, the values of
// options with a fixed set of them (--format, --input), file names for inputs.
import type { Option } from "commander";
import { makeProgram, SHELLS, type Shell } from "./program.js";

interface Flag {
  short: string | null;
  long: string | null;
  description: string;
  /** The option takes a value. */
  takesValue: boolean;
  /** The values it takes, when they are a fixed set. */
  choices: string[] | null;
}

/** Every option the help shows, help and version included. */
export function flags(): Flag[] {
  const program = makeProgram();
  return program
    .createHelp()
    .visibleOptions(program)
    .map((o: Option) => ({
      short: o.short ?? null,
      long: o.long ?? null,
      description: o.description,
      takesValue: o.required || o.optional,
      choices: o.argChoices ? [...o.argChoices] : null,
    }));
}

export function completionScript(shell: Shell): string {
  switch (shell) {
    case "bash":
      return bash(flags());
    case "zsh":
      return zsh(flags());
    case "fish":
      return fish(flags());
  }
}

const names = (f: Flag) => [f.short, f.long].filter((n): n is string => n !== null);

function bash(all: Flag[]): string {
  const cases = all
    .filter((f) => f.takesValue)
    .map((f) => {
      const reply = f.choices ? `COMPREPLY=($(compgen -W "${f.choices.join(" ")}" -- "$cur"))` : "COMPREPLY=()";
      return `    ${names(f).join("|")}) ${reply}; return ;;`;
    });
  return `# wirestory completion for bash. Load it now:  source <(wirestory completion bash)
# or for good:  wirestory completion bash > ~/.local/share/bash-completion/completions/wirestory
_wirestory() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [[ $COMP_CWORD -eq 2 && $prev == completion ]]; then
    COMPREPLY=($(compgen -W "${SHELLS.join(" ")}" -- "$cur")); return
  fi
  case "$prev" in
${cases.join("\n")}
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "${all.flatMap(names).join(" ")}" -- "$cur")); return
  fi
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -f -- "$cur"))
  if [[ $COMP_CWORD -eq 1 && completion == "$cur"* ]]; then COMPREPLY+=(completion); fi
}
complete -F _wirestory wirestory
`;
}

/** Text inside a zsh _arguments spec: no brackets or colons of its own, quotes closed and reopened. */
const zshText = (s: string) => s.replace(/\[/g, "(").replace(/\]/g, ")").replace(/:/g, "\\:").replace(/'/g, "'\\''");

function zsh(all: Flag[]): string {
  const specs = all.map((f) => {
    const n = names(f);
    const exclusive = n.length > 1 ? `(${n.join(" ")})` : "";
    const forms = n.length > 1 ? `{${n.join(",")}}` : n[0];
    const value = f.takesValue ? `:value:${f.choices ? `(${f.choices.join(" ")})` : " "}` : "";
    return `    '${exclusive}'${forms}'[${zshText(f.description)}]${value}'`;
  });
  return `#compdef wirestory
# wirestory completion for zsh. Load it now:  source <(wirestory completion zsh)
# or for good:  wirestory completion zsh > "\${fpath[1]}/_wirestory"   (then start a new shell)
_wirestory() {
  if (( CURRENT == 3 )) && [[ \${words[2]} == completion ]]; then
    _values shell ${SHELLS.join(" ")}; return
  fi
  _arguments -s -S \\
${specs.join(" \\\n")} \\
    '*:input:_files'
}
if [[ \${funcstack[1]} == _wirestory ]]; then _wirestory "$@"; else compdef _wirestory wirestory; fi
`;
}

/** Text in a fish double-quoted string. */
const fishText = (s: string) => s.replace(/[\\"$]/g, (c) => `\\${c}`);

function fish(all: Flag[]): string {
  const lines = all.map((f) => {
    const parts = ["complete -c wirestory"];
    if (f.short) parts.push(`-s ${f.short.replace(/^-/, "")}`);
    if (f.long) parts.push(`-l ${f.long.replace(/^--/, "")}`);
    if (f.takesValue) parts.push("-x");
    if (f.choices) parts.push(`-a "${f.choices.join(" ")}"`);
    parts.push(`-d "${fishText(f.description)}"`);
    return parts.join(" ");
  });
  return `# wirestory completion for fish. Load it now:  wirestory completion fish | source
# or for good:  wirestory completion fish > ~/.config/fish/completions/wirestory.fish
${lines.join("\n")}
complete -c wirestory -n "__fish_use_subcommand" -a completion -d "print a shell completion script"
complete -c wirestory -n "__fish_seen_subcommand_from completion" -x -a "${SHELLS.join(" ")}"
`;
}
