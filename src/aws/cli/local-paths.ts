// CloudShell's home directory as the panel keeps it: one flat folder, /home/cloudshell-user.

export const HOME = '/home/cloudshell-user';

/** The file name a local path points at ("./a.txt", "~/a.txt", HOME + "/a.txt" → "a.txt"). */
export function localName(path: string): string {
  let name = path;
  if (name.startsWith(`${HOME}/`)) name = name.slice(HOME.length + 1);
  else if (name.startsWith('~/')) name = name.slice(2);
  while (name.startsWith('./')) name = name.slice(2);
  return name;
}

/** True for a path naming the home directory itself (".", "./", "~", "~/", HOME). */
export function isDirectory(path: string): boolean {
  return ['.', './', '~', '~/', HOME, `${HOME}/`].includes(path) || path.endsWith('/');
}

export function baseName(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}
