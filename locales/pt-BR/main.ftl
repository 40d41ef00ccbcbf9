## Tipline source pages — Português do Brasil (Brazilian Portuguese)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = denúncia, codename = codinome, compound = complexo (complexo de golpes), organisation = organização, encrypted = criptografado, private window = janela anônima, Leave now = Sair agora

site-name = Tipline
skip-to-form = Ir direto para o formulário
demo-banner = DEMO — versão de teste, só para experimentar. As denúncias enviadas aqui são criptografadas com uma chave de teste cujo segredo é público. Não envie uma denúncia de verdade.
language-label = Idioma

## O formulário de denúncia (The report form)
form-title = Denunciar um complexo de golpes ou uma pessoa desaparecida
form-intro = Este formulário é anônimo. Não guardamos o seu endereço, o seu aparelho nem o seu navegador. O que você escreve é criptografado antes de ser guardado, então só as organizações que recebem a denúncia podem ler. Nenhum campo é obrigatório, mas, por favor, conte para nós onde fica o complexo ou o que aconteceu.
form-safety = Se outras pessoas olham o seu celular, use uma janela anônima e feche quando terminar. O seu teclado pode lembrar as palavras que você digita.
form-operator-always = A organização que cuida deste serviço sempre recebe a sua denúncia. Mais abaixo, você escolhe se ela também pode ser compartilhada com outros.
form-errors-title = Por favor, confira o formulário
form-error-where-or-what = Por favor, conte onde fica o complexo (país, cidade ou nome do complexo) ou o que aconteceu (detalhes).

section-you = Sobre você
role-label = Quem é você?
role-inside = Estou dentro de um complexo agora
role-escaped = Fugi de um complexo ou fui solto
role-family = Sou da família ou amigo de alguém preso lá
role-other = Outro

danger-label = Alguém está em perigo agora?
danger-yes = Sim
danger-no = Não
danger-unsure = Não sei
danger-help-title = Em perigo agora? O que fazer
danger-help-intro = Se puder, peça ajuda agora. Perto de alguns complexos, a polícia local pode trabalhar junto com os donos do complexo; a embaixada do seu país costuma ser mais segura. Salve os números antes de precisar deles.
danger-help-embassy = Entre em contato com a embaixada ou o consulado do seu país: eles podem ajudar pessoas presas no exterior, mesmo sem passaporte.

section-where = Onde fica o complexo?
country-label = País
country-choose = Escolha um país
country-other-label = Outro país
country-OTHER = Outro
area-label = Cidade ou região
area-hint = Por exemplo: Shwe Kokko, KK Park, Myawaddy, Sihanoukville, Poipet, Golden Triangle SEZ (Triângulo Dourado)
compound-label = Nome do complexo ou da empresa
building-label = Prédios
building-hint = Número do prédio, cor, andar, o que dá para ver por perto
location-label = Coordenadas ou link do mapa
location-hint = Por exemplo 16.6870, 98.5085 ou um link do mapa. Só lemos os números; nunca abrimos o link.

section-held = Pessoas presas lá
held-count-label = Mais ou menos quantas pessoas estão presas?
held-nationalities-label = As nacionalidades delas

section-people = Pessoas em perigo
people-intro = Conte sobre cada pessoa que preocupa você. Adicione quantas precisar.
person-heading = Pessoa { $number }
person-name-label = Nome
person-age-label = Idade
person-nationality-label = Nacionalidade
person-nationality-other-label = Outra nacionalidade
person-contact-label = Número de telefone ou conta de mensagens
person-last-contact-label = Último contato (data)
add-person = Adicionar outra pessoa

section-recruitment = Como elas foram recrutadas?
recruit-platform-label = Onde encontraram a vaga? (aplicativo, site, redes sociais)
recruit-ad-label = O que a oferta de trabalho prometia?
recruit-agent-label = Agente ou recrutador (nome, telefone, conta)
passports-label = Os passaportes foram tomados?
passports-yes = Sim
passports-no = Não
passports-unknown = Não sei

section-details = O que aconteceu?
details-label = Detalhes
details-hint = Tudo o que puder ajudar: o que você viu, o que aconteceu, datas, nomes, como as pessoas são tratadas.

section-contact = Como falar com você
contact-method-label = Um jeito seguro de falar com você, se houver
contact-method-hint = Deixe em branco se não for seguro falar com você.
contact-time-label = Quando é seguro falar com você?

section-consent = Quem pode receber a sua denúncia?
consent-intro = Marque só o que você aceita. Se não marcar nada, só a organização que cuida deste serviço recebe a denúncia.
consent-ngo = Outras organizações de ajuda (ONGs) podem receber a minha denúncia
consent-embassy = Embaixadas podem receber a minha denúncia
consent-police = A polícia pode receber a minha denúncia

submit = Enviar a denúncia com segurança
chars-max = No máximo { $max } caracteres.

## Erros nos campos (Field errors — never repeat what was typed)
error-too-long = Muito longo: no máximo { $max } caracteres.
error-choice = Por favor, escolha uma das opções.
error-number = Por favor, digite um número.

## Denúncia recebida (Receipt)
receipt-title = A sua denúncia foi recebida
receipt-intro = Obrigado. A sua denúncia está guardada e criptografada, e vai ser enviada para as organizações que você escolheu.
receipt-codename-title = O seu codinome
receipt-codename-intro = Esta é a única vez que você vai ver o codinome. Com ele, você pode voltar depois para ler respostas e adicionar informações.
receipt-keep-safe-title = Guarde bem
receipt-keep-1 = Decore, ou escreva num lugar que ninguém vai olhar. Não faça captura de tela.
receipt-keep-2 = Qualquer pessoa que tiver o codinome pode ler as respostas à sua denúncia.
receipt-keep-3 = Não conseguimos recuperar um codinome perdido: nós nunca guardamos o codinome.
receipt-keyboard = O teclado do seu celular ainda pode lembrar as palavras que você digitou. Se alguém puder olhar o seu celular, apague as palavras aprendidas pelo teclado e feche esta janela.
receipt-urgent-title = Se alguém está em perigo agora
receipt-new-report = Enviar outra denúncia

## Outras páginas (Other pages)
already-title = A sua denúncia já foi recebida
already-body = Este formulário já foi enviado, então não guardamos duas vezes. Se quiser adicionar alguma coisa, envie uma nova denúncia.
busy-title = Muito movimento — tente de novo em alguns minutos
busy-body = Estão chegando muitas denúncias agora. Nada do que você enviou foi guardado. Por favor, volte e envie o formulário de novo em alguns minutos; o que você digitou deve continuar no formulário.
unavailable-title = Não podemos receber denúncias agora
unavailable-body = Nada foi guardado. Tente de novo mais tarde, ou fale direto com uma organização de confiança ou com a sua embaixada.
store-failed-title = Não foi possível guardar a sua denúncia
store-failed-body = Deu um problema do nosso lado, e nada do que você enviou foi guardado. O que você digitou continua no formulário abaixo: por favor, envie de novo em alguns minutos. Se continuar acontecendo, informe este código: { $incident }
bad-request-title = Não foi possível ler o formulário
bad-request-body = Por favor, volte e envie o formulário de novo.
forbidden-title = Este formulário expirou ou veio de outro site
forbidden-body = Nada foi guardado. Abra o formulário de novo e envie a partir dele.
too-large-title = A denúncia é grande demais
too-large-body = Nada foi guardado. Diminua o texto e tente de novo.
not-found-title = Página não encontrada
not-found-body = Não há nada neste endereço.
internal-title = Deu um problema
internal-body = Nada do que você enviou se perdeu do seu lado; por favor, tente de novo. Se continuar acontecendo, informe este código: { $incident }
back-to-form = Voltar para o formulário

## Números de emergência, conforme o país escolhido (Emergency numbers, shown for the chosen country)
emergency-MM = Mianmar: polícia 199, ambulância 192
emergency-KH = Camboja: polícia 117, ambulância 119
emergency-LA = Laos: polícia 191, ambulância 195
emergency-TH = Tailândia: polícia 191, polícia turística 1155, ambulância 1669
emergency-PH = Filipinas: emergência 911
emergency-MY = Malásia: emergência 999 (112 pelo celular)
emergency-ID = Indonésia: emergência 112, polícia 110
emergency-VN = Vietnã: polícia 113, ambulância 115
emergency-AE = Emirados Árabes Unidos: polícia 999, ambulância 998

## Acompanhamento: voltar com o codinome (Follow-up: a source comes back with their codename)
followup-title = Respostas e mais informações
followup-open-title = Digite o seu codinome
followup-read-again = Ler as respostas de novo
followup-intro = Digite o codinome que você recebeu quando enviou a sua denúncia. Letras maiúsculas, espaços a mais e tracinhos não fazem diferença.
followup-codename-label = O seu codinome
followup-open = Abrir
followup-not-recognised = Esse codinome não foi reconhecido. Confira as palavras e tente de novo.
followup-replies-title = Respostas à sua denúncia
followup-no-replies = Ainda não há respostas. Volte mais tarde.
followup-replies-once = As respostas só aparecem agora; para ler de novo, digite o seu codinome outra vez.
followup-add-title = Adicionar informações ou corrigir a sua denúncia
followup-add-intro = O que você escrever aqui é criptografado e enviado para as mesmas organizações da sua denúncia.
followup-add-label = O que você quer adicionar
followup-add-submit = Enviar com segurança
followup-added = Obrigado. O que você adicionou foi recebido e vai chegar às mesmas organizações da sua denúncia.
# draft: followup files, not yet checked by a native speaker
followup-add-empty = Escreva alguma coisa para adicionar, ou escolha um arquivo (no máximo 20.000 caracteres).
followup-files-added = { $count ->
    [one] O seu arquivo também foi adicionado.
   *[other] Os seus { $count } arquivos também foram adicionados.
}
followup-add-unavailable = Não dá para enviar agora. Tente de novo mais tarde; nada do que você escreveu se perdeu.
followup-store-failed = Deu um problema do nosso lado, e nada foi guardado. Tudo o que você escreveu continua abaixo: por favor, tente de novo em alguns minutos.
followup-logout = Encerrar sessão
followup-logged-out = A sessão foi encerrada. Feche esta janela.
followup-session-note = A sessão é encerrada sozinha depois de 15 minutos sem atividade. Encerre a sessão quando terminar, principalmente num celular que outras pessoas usam.
followup-session-ended = A sua sessão terminou. Digite o seu codinome de novo.
followup-kept-label = O que você estava adicionando, guardado aqui: digite o seu codinome e toque em Abrir, depois toque em Enviar com segurança
followup-busy = Muitos codinomes estão sendo testados agora. Espere alguns minutos e tente de novo.
followup-add-later = Já foi adicionado o bastante a esta denúncia por hoje. Tente de novo amanhã; nada do que você escreveu se perdeu.
receipt-followup = Volte à página de acompanhamento com o seu codinome para ler respostas e adicionar informações:
receipt-followup-link = ler respostas e adicionar informações

## Saída rápida e segurança do celular (Quick exit and device safety — on every source page)
leave-now = Sair agora
leave-now-title = Sair deste site na hora e abrir uma página comum
safety-link = Proteja o seu celular
safety-title = Proteja o seu celular
safety-intro = Se alguém puder olhar o seu celular, pode achar sinais de que você usou este site. Veja aqui o que pode ser encontrado e como apagar. Leva um minuto.
safety-history-title = Histórico do navegador
safety-history-body = O seu navegador lembra as páginas que você abre. Use uma janela anônima (também chamada de privativa) ou o Tor Browser, e feche quando terminar. Se você usou uma janela normal, apague este site do histórico.
safety-kept-title = O que fica, mesmo numa janela anônima
safety-kept-body = Enquanto a janela estiver aberta, o botão de voltar pode mostrar de novo o formulário e a página de confirmação. Feche a janela quando terminar. O que você digitou não fica no histórico, mas uma janela normal pode guardar os endereços das páginas.
safety-keyboard-title = Teclado
safety-keyboard-body = O seu teclado pode aprender as palavras que você digita e sugerir depois. Nas configurações do teclado, apague as palavras aprendidas, ou desligue as sugestões antes de digitar.
safety-downloads-title = Arquivos baixados e capturas de tela
safety-downloads-body = Não faça capturas de tela destas páginas nem baixe as páginas. Se fez isso, apague, e depois esvazie também a pasta "Apagados" (ou "Excluídos recentemente") ou a lixeira.
safety-notifications-title = Notificações
safety-notifications-body = Este site nunca envia notificações. Se você informou um jeito de entrar em contato, uma mensagem de uma organização pode aparecer na sua tela: dê um contato que só você pode ver.
safety-private-title = Janela anônima ou Tor Browser
safety-private-body = Uma janela anônima esquece as páginas quando você fecha. O Tor Browser também esconde da sua operadora e da rede qual site você abre. Este site funciona nos dois, mesmo com o JavaScript desligado.
safety-codename-title = O seu codinome
safety-codename-body = O codinome é a única coisa que você precisa guardar. Decore, ou escreva onde ninguém vai olhar. Qualquer pessoa que tiver o codinome pode ler as respostas à sua denúncia.
safety-leave = O link "Sair agora", no alto de cada página, abre na hora uma página comum.

# draft: files block, not yet checked by a native speaker
## Arquivos enviados com a denúncia (Files sent with a report)
section-files = Fotos, capturas de tela e arquivos
files-label = Adicionar arquivos (você pode escolher vários)
files-hint = Por exemplo, fotos do lugar, capturas de tela da oferta de trabalho ou de conversas, áudios, documentos. Até { $count } arquivos, no máximo { $size } no total.
files-metadata = As fotos podem guardar onde e quando foram tiradas e qual celular tirou. Isso pode ajudar a achar o complexo, mas também pode levar até você.
photo-data-legend = Dados de local e de câmera nas fotos
photo-data-remove = Tirar esses dados (mais seguro para você)
photo-data-keep = Manter esses dados (eles podem mostrar onde a foto foi tirada e qual celular tirou)
photo-data-formats = O Tipline tira esses dados das fotos JPEG, PNG, WebP e HEIC sem mudar a imagem. Os outros arquivos (vídeos, áudios, documentos) são guardados do jeito que você envia. Não envie nenhum arquivo que possa mostrar quem você é.
files-again = Se o formulário voltar para você com uma pergunta, escolha os seus arquivos de novo: eles só são guardados quando a denúncia é enviada.
error-file-too-large = O arquivo “{ $name }” tem mais de { $size }. Nada foi enviado. Tire esse arquivo ou escolha um menor, e depois escolha os seus arquivos de novo.
error-files-too-large = Os seus arquivos juntos têm mais de { $size }. Nada foi enviado. Tire alguns, e depois escolha os seus arquivos de novo.
error-too-many-files = Você escolheu mais de { $count } arquivos. Nada foi enviado. Escolha no máximo { $count }.
error-file-empty = O arquivo “{ $name }” está vazio: talvez ele ainda não esteja no seu celular. Nada foi enviado. Escolha de novo ou tire esse arquivo.
files-choose-again = Por favor, escolha os seus arquivos de novo: eles não foram guardados.
receipt-files = { $count ->
    [one] O seu arquivo foi recebido com a sua denúncia.
   *[other] Os seus { $count } arquivos foram recebidos com a sua denúncia.
}
