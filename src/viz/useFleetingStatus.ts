import { useEffect, useState } from 'react';

/** A short status message ("Link copied") that clears itself after `ms`. */
export function useFleetingStatus(ms = 4000): [string, (s: string) => void] {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), ms);
    return () => clearTimeout(t);
  }, [status, ms]);
  return [status, setStatus];
}
