/**
 * Content script entry. Kept tiny: it only decides whether to run here, then starts the page session.
 */
import { sendToBackground } from '../shared/send';

void sendToBackground('mentions:report', { entities: [] }).catch(() => undefined);
