/** What the bridge's `appInfo()` reports: shown on the "About" screen and read out to IT. */
import type { AppInfo } from '../../shared/bridge/schemas.ts';

export interface AppInfoSource {
  app: { getName(): string; getVersion(): string };
  /** The build id stamped in at build time (electron.vite.config.ts), e.g. a commit. */
  build: string;
  platform: string;
  arch: string;
}

export function appInfo({ app, build, platform, arch }: AppInfoSource): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    build,
    host: 'electron',
    platform: `${platform}-${arch}`,
  };
}
