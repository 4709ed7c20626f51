/** The app's name and version, written into every exported file and stored entry. */
import { name, version } from '../../package.json';
import type { AppInfo } from '../domain/files/format';

export const appInfo: AppInfo = { name, version };
