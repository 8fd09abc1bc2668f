// The migration CLI's data source (npm run migration:generate / migration:run). Needs DATABASE_URL.
import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set to generate or run migrations from the command line');

export default new DataSource(typeormOptions(url));
