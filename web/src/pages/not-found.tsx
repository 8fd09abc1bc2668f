import { Link } from 'react-router';
import { useLocale } from '../i18n';

export default function NotFound() {
  const { t } = useLocale();
  return (
    <>
      <h1>{t.notFound}</h1>
      <p>{t.notFoundText}</p>
      <Link to="/">{t.backToBoard}</Link>
    </>
  );
}
