export * from './FilterDropdown';
