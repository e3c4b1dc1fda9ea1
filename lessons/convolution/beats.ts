import type { Beat } from '../../src/store/beats';

/** A lecture through this lesson in four beats. */
export const BEATS: Beat[] = [
  { section: 'conv1d', note: 'One kernel slides along a signal: the same few weights at every position.' },
  { section: 'conv2d', note: 'In 2-D: pick an edge kernel and draw a digit — the map lights up where the edge is.' },
  { section: 'lab', play: true, note: 'Train the CNN and the dense net side by side: similar accuracy, far fewer weights in the CNN.' },
  { section: 'lab', params: { filters1: '2', filters2: '4' }, play: true, note: 'Two and four feature maps: how small can the CNN be and still read digits?' },
  { section: 'inside', play: false, note: 'Inside the network: the learned first-layer kernels look like edge and stroke detectors.' },
];
