import { describe, expect, it } from 'vitest';
import { AppInfo } from '../../shared/bridge/schemas.ts';
import { appInfo } from './app-info.ts';

describe('appInfo', () => {
  it('reports name, version, build and platform, as the Electron host', () => {
    const info = appInfo({
      app: { getName: () => 'Hearth', getVersion: () => '0.1.0' },
      build: 'abc1234',
      platform: 'win32',
      arch: 'x64',
    });
    expect(AppInfo.parse(info)).toEqual({
      name: 'Hearth',
      version: '0.1.0',
      build: 'abc1234',
      host: 'electron',
      platform: 'win32-x64',
    });
  });
});
