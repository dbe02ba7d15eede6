export type Direction = 'inbound' | 'outbound';

export const DIRECTIONS: readonly Direction[] = ['inbound', 'outbound'];
