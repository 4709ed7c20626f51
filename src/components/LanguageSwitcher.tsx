import { useTranslation } from 'react-i18next';
import { languages } from '../domain/language';
import { changeLanguage, languageNames } from '../i18n';

/** Buttons for Suomi / Svenska / English, each named in its own language. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="language-switcher" aria-label={t('app.language')}>
      <ul>
        {languages.map((lang) => (
          <li key={lang}>
            <button
              type="button"
              lang={lang}
              aria-pressed={i18n.language === lang}
              onClick={() => changeLanguage(lang)}
            >
              {languageNames[lang]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
