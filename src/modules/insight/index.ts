// Management information: key figures computed from every module's domain events as they happen.
export { insightRoutes } from './routes.js';
export { catchUp, rebuildInsight, runInsightBatch, startInsightConsumer } from './consumer.js';
export { FIGURES, figureById, type FigureDefinition } from './domain/figures.js';
export { getDashboard, monthlyFigure } from './service.js';
