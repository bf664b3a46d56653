// The digitalisation portfolio: initiatives, automation potential, maturity, business case, benefits realised.
export { portfolioRoutes } from './routes.js';
export { seedPortfolioDemo } from './demo-seed.js';
