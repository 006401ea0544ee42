export const FIRST_NAMES = ['Ada', 'Ben', 'Chloe', 'Dev', 'Elif', 'Farah', 'Gus', 'Hana', 'Ines', 'Jon', 'Kai', 'Lena', 'Mo', 'Nia', 'Omar', 'Pia', 'Quinn', 'Rosa', 'Sam', 'Tara', 'Uma', 'Vik', 'Wen', 'Yara', 'Zoe'];
export const LAST_NAMES = ['Adams', 'Baker', 'Chen', 'Diaz', 'Evans', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Moreau', 'Nakamura', 'Okafor', 'Patel', 'Rossi', 'Silva', 'Tanaka', 'Ueda', 'Varga', 'Weber', 'Yilmaz', 'Zhang'];
export const POSITIONS = ['Engineer', 'Designer', 'Product Manager', 'Support', 'Sales', 'Researcher', 'Writer', 'Ops', ''];
export const CHANNEL_WORDS = ['backend', 'frontend', 'design', 'release', 'support', 'sales', 'ops', 'random', 'standup', 'security', 'mobile', 'infra', 'docs', 'hiring', 'events', 'growth', 'data', 'qa', 'billing', 'marketing'];
export const TEAM_WORDS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'tyrell', 'cyberdyne', 'aperture'];
export const WORDS = ('the a build deploy review ship test fix bug feature release meeting notes plan sprint customer ticket server client database cache query index latency ' +
  'design draft proposal idea thanks please looks good agreed blocked done merged rollback incident alert metric dashboard report weekly today tomorrow ' +
  'lunch coffee question answer docs spec api endpoint socket event channel team thread reply emoji upload file image preview search').split(' ');
export const HASHTAGS = ['#release', '#incident', '#idea', '#question', '#standup', '#design', '#bug'];
export const EMOJI = ['+1', 'smile', 'tada', 'eyes', 'heart', 'rocket', 'white_check_mark', 'thinking_face'];
