// The offline GraphiQL console of newsgraph: GraphiQL and React bundled from
// npm, talking to /graphql on the same server.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

const defaultQuery = `# Who did Putin meet, when and where?
{
  person(name: "Putin") {
    name
    met {
      person { name }
      count
      events { type status date place { name } }
    }
  }
}
`;

async function fetcher(params) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return res.json();
}

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />,
);
