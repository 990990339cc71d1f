/**
 * First paint comes first: localise the static shell and apply the cached theme with two tiny
 * modules, then load the views and the dataset (~200 kB) in a second chunk.
 */
import '../shared/polyfill';
import { localizeTree, uiLanguage } from '../shared/i18n';
import { applyCachedTheme } from './theme';

applyCachedTheme();
localizeTree(document);
document.documentElement.lang = uiLanguage() || 'en';
void import('./app');
