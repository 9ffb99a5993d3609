import '@carecircle/ui/ui.css';
import './shell.css';
import { createRoot } from 'react-dom/client';
import { Shell } from './shell.js';

createRoot(document.getElementById('root')!).render(<Shell />);
